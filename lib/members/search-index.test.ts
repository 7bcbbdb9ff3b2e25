// @module-tag database
import { afterEach, describe, expect, it } from "vitest";

const { db, isSqlite } = await import("@/lib/db");
const { membersMatching } = await import("./search-index");
const { MOST_IDS } = await import("./id-set-filter");
const { normalizedSearch, searchTextOf } = await import("./search-text");

const made: string[] = [];
async function member(email: string, firstName: string, lastName: string) {
  const { id } = await db.user.create({
    data: { email, firstName, lastName, searchText: searchTextOf({ email, firstName, lastName }) },
  });
  made.push(id);
  return id;
}
const search = async (q: string) =>
  (await membersMatching(normalizedSearch(q).split(/\s+/).filter(Boolean), 1000))?.ids;

describe("membersMatching (SQLite's trigram index)", () => {
  afterEach(async () => {
    await db.user.deleteMany({ where: { id: { in: made.splice(0) } } });
  });

  if (!isSqlite) {
    it("is SQLite's: on PostgreSQL there is none, and the search reads the members", async () => {
      await member("pg@index.test", "Post", "Gres");
      expect(await membersMatching(["gres"], 1000)).toBeNull();
    });
    it("on PostgreSQL, the search's substring match can read a trigram index instead of every member", async () => {
      const plan = await db.$transaction(async (tx) => {
        // With a handful of rows a scan is cheaper, so the planner is told to take the index if it can.
        await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
        return tx.$queryRaw<{ "QUERY PLAN": string }[]>`
          EXPLAIN SELECT "id" FROM "User" WHERE "searchText" LIKE ${"%gres%"}`;
      });
      expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("User_searchText_idx");
    });
    return;
  }

  it("finds the members holding every word, anywhere in the address or names, whatever the case", async () => {
    const zoe = await member("zoe.okafor@index.test", "Zoë", "Okafor");
    const ada = await member("ada@index.test", "Ada", "Okafor-Lee");
    await member("bram@index.test", "Bram", "Lindqvist");
    expect((await search("okafor"))?.sort()).toEqual([zoe, ada].sort());
    expect(await search("ZOË kafo")).toEqual([zoe]);
    expect(await search("kafor-l")).toEqual([ada]);
    expect(await search("nobody-like-this")).toEqual([]);
    // Words shorter than a trigram, and quotes, are matched as text.
    expect(await search("ok zo")).toEqual([zoe]);
    expect(await search('"okafor"')).toEqual([]);
  });

  it("follows a change of name and a deletion", async () => {
    const id = await member("mei@index.test", "Mei", "Nakamura");
    const email = "mei@index.test";
    await db.user.update({
      where: { id },
      data: { lastName: "Tanaka", searchText: searchTextOf({ email, firstName: "Mei", lastName: "Tanaka" }) },
    });
    expect(await search("nakamura")).toEqual([]);
    expect(await search("tanaka")).toEqual([id]);
    await db.user.delete({ where: { id } });
    expect(await search("tanaka")).toEqual([]);
  });

  it("counts the matches, and lists them only when they are few enough to pass as parameters", async () => {
    const marker = `many${Date.now()}`;
    await db.user.createMany({
      data: Array.from({ length: MOST_IDS + 1 }, (_, i) => {
        const email = `${marker}.${i}@index.test`;
        return { id: `${marker}-${i}`, email, searchText: searchTextOf({ email }) };
      }),
    });
    made.push(...Array.from({ length: MOST_IDS + 1 }, (_, i) => `${marker}-${i}`));
    expect(await membersMatching([marker], 1000)).toMatchObject({
      count: MOST_IDS + 1,
      more: false,
      ids: null,
    });
    expect(await membersMatching([marker], MOST_IDS)).toMatchObject({
      count: MOST_IDS,
      more: true,
      ids: null,
    });
    expect((await membersMatching([`${marker}.${MOST_IDS}@`], 1000))?.ids).toEqual([`${marker}-${MOST_IDS}`]);
  });

  it("matches % and _ literally", async () => {
    const percent = await member("pc@index.test", "Hundred", "100%");
    await member("plain@index.test", "Hundred", "1000");
    expect(await search("100%")).toEqual([percent]);
  });
});
