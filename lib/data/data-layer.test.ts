// @module-tag database
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { syncStateLabel } from "@/lib/members/sync-state-label";
import type { MemberFilter } from "@/lib/validation/member-filter";
import { signedIn } from "@/test/support/session-stub";

vi.mock("@/lib/auth/config", () => import("@/test/support/session-stub"));
vi.mock("@/lib/auth/current-user", () => import("@/test/support/session-stub"));
vi.mock("@/lib/env", async (original) => {
  const actual = await original<typeof import("@/lib/env")>();
  return { env: { ...actual.env, ADMIN_EMAILS: ["chair@club.test"] } };
});

const { db, isSqlite } = await import("@/lib/db");
const members = { ...(await import("./own-account")), ...(await import("./admin-members")) };
const interests = await import("./admin-interests");
const admin = {
  ...(await import("./admin-add-member")),
  ...(await import("./admin-settings")),
  ...(await import("./admin-sync")),
  ...(await import("./admin-overview")),
  ...(await import("./admin-member-import")),
};
const { fillMissingSearchText } = await import("@/lib/members/fill-search-text");
const { searchTextOf } = await import("@/lib/members/search-text");
const { exportMembersCsv } = await import("./admin-member-export");

async function member(email: string, extra: { newsletter?: boolean } = {}) {
  const firstName = email.split("@")[0]!;
  const searchText = searchTextOf({ email, firstName });
  return db.user.create({ data: { email, firstName, searchText, emailVerified: new Date(), ...extra } });
}

const isNotFound = (error: unknown) => (error as { digest?: string }).digest === "NEXT_HTTP_ERROR_FALLBACK;404";

describe("the member data layer", () => {
  beforeEach(async () => {
    await db.user.deleteMany();
    // Other files share this database: what the tests count starts empty whatever ran before.
    await db.memberImport.deleteMany();
    await db.clubSettings.deleteMany();
    await db.interest.deleteMany({ where: { id: { notIn: ["seed_true_crime", "seed_romance", "seed_biographies"] } } });
    await db.interest.updateMany({ data: { archivedAt: null } });
    signedIn.current = null;
  });

  it("changes only the signed-in member's own preferences", async () => {
    const alice = await member("alice@club.test");
    const bob = await member("bob@club.test");
    signedIn.current = { id: alice.id, email: alice.email };

    await members.setOwnPreference({ kind: "interest", interestId: "seed_romance", value: true });
    await members.setOwnPreference({ kind: "newsletter", value: true });

    expect(await db.memberInterest.findMany({ select: { userId: true } })).toEqual([{ userId: alice.id }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: bob.id } })).newsletter).toBe(false);
    expect((await members.getOwnProfile()).interestIds).toEqual(["seed_romance"]);
    expect(await members.getOwnPreferences()).toEqual({ newsletter: true, newsletterStop: null, interestIds: ["seed_romance"] });

    // What a toggle answers with: the same as the profile says, a stop included.
    const at = new Date("2026-05-04T03:02:01.123Z");
    await db.user.update({ where: { id: alice.id }, data: { newsletter: false, newsletterStop: "unsubscribed", newsletterStoppedAt: at } });
    await members.setOwnPreference({ kind: "interest", interestId: "seed_biographies", value: true });
    await members.setOwnPreference({ kind: "interest", interestId: "seed_biographies", value: true });
    const { newsletter, newsletterStop, interestIds } = await members.getOwnProfile();
    expect({ newsletter, newsletterStop, interestIds: interestIds.sort() }).toEqual({
      newsletter: false,
      newsletterStop: { reason: "unsubscribed", at },
      interestIds: ["seed_biographies", "seed_romance"],
    });
    const preferences = await members.getOwnPreferences();
    expect({ ...preferences, interestIds: preferences.interestIds.sort() }).toEqual({ newsletter, newsletterStop, interestIds });
  });

  it("refuses every member function without a session", async () => {
    await expect(members.getOwnProfile()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(members.setOwnPreference({ kind: "newsletter", value: true })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(members.updateOwnName({ firstName: "X", lastName: "" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(members.deleteOwnAccount()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses an archived or unknown interest", async () => {
    const alice = await member("alice@club.test");
    signedIn.current = { id: alice.id, email: alice.email };
    await db.interest.update({ where: { id: "seed_biographies" }, data: { archivedAt: new Date() } });
    for (const interestId of ["seed_biographies", "no-such-id"]) {
      await expect(members.setOwnPreference({ kind: "interest", interestId, value: true })).rejects.toMatchObject({
        code: "INVALID_INPUT",
        field: "interests",
      });
    }
    expect(await db.memberInterest.count()).toBe(0);
  });

  it("hides every admin function from members (404) and lets admins use them", async () => {
    const alice = await member("alice@club.test");
    const chair = await member("chair@club.test");
    signedIn.current = { id: alice.id, email: alice.email };
    const adminCalls = [
      () => members.listMembers({ q: "" }, 1),
      () => members.deleteMemberAsAdmin(chair.id),
      () => interests.listAllInterests(),
      () => interests.listInterestChoices(),
      () => interests.createInterestAsAdmin("Poetry"),
      () => interests.renameInterestAsAdmin("seed_romance", "Hacked"),
      () => interests.setInterestArchived("seed_romance", true),
      () => interests.removeInterestFromEveryoneAsAdmin("seed_romance"),
      () => interests.deleteInterestAsAdmin("seed_romance"),
      () => admin.addMemberAsAdmin({ email: "x@club.test", firstName: "X", lastName: "", newsletter: false, interests: [], consent: false }),
      () => admin.saveClubSettingsAsAdmin({ name: "Hacked", description: "", senderName: "Hacked" }),
      () => admin.getClubSettingsForAdmin(),
      () => admin.retryAllFailed(),
      () => admin.getSyncProgress(),
      () => admin.getClubOverview(),
      () => admin.uploadMemberImport("x.csv", new TextEncoder().encode("email\nx@club.test\n")),
      () => admin.listMemberImports(),
    ];
    for (const call of adminCalls) {
      const error = await call().then(() => null, (e: unknown) => e);
      expect(isNotFound(error)).toBe(true);
    }
    expect(await db.user.count()).toBe(2);
    expect(await db.interest.findUniqueOrThrow({ where: { id: "seed_romance" } })).toMatchObject({ name: "Romance", archivedAt: null });
    expect(await db.clubSettings.count()).toBe(0);
    expect(await db.memberImport.count()).toBe(0);

    signedIn.current = { id: chair.id, email: "Chair@Club.Test" };
    expect((await members.listMembers({ q: "alice" }, 1)).rows.map((row) => row.email)).toEqual(["alice@club.test"]);
    expect(await members.deleteMemberAsAdmin(alice.id)).toBe(true);
    expect(await db.user.findUnique({ where: { id: alice.id } })).toBeNull();
  });

  it("deleting an account removes the personal data and keeps only a hashed audit entry", async () => {
    const alice = await member("alice@club.test");
    await db.memberInterest.create({ data: { userId: alice.id, interestId: "seed_romance" } });
    await db.session.create({ data: { sessionToken: "t", userId: alice.id, expires: new Date(Date.now() + 60_000) } });
    await db.verificationToken.create({ data: { identifier: alice.email, token: "h", expires: new Date(Date.now() + 60_000) } });
    signedIn.current = { id: alice.id, email: alice.email };

    await members.deleteOwnAccount();

    expect(await db.user.count({ where: { id: alice.id } })).toBe(0);
    expect(await db.session.count()).toBe(0);
    expect(await db.memberInterest.count()).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: alice.email } })).toBe(0);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "member.deleted_own_account" }, orderBy: { createdAt: "desc" } });
    expect(audit.detail).toMatch(/^email-hash:[0-9a-f]{32}$/);
    expect(JSON.stringify(audit)).not.toContain("alice@");
  });

  it("searches by e-mail or name, every word matching", async () => {
    const chair = await member("chair@club.test");
    await db.user.create({ data: { email: "ada@club.test", firstName: "Ada", lastName: "Lovelace" } });
    await db.user.create({ data: { email: "grace@club.test", firstName: "Grace", lastName: "Hopper" } });
    await db.user.create({ data: { email: "zoe@club.test", firstName: "Zoë", lastName: "Ωμέγα" } });
    // Members written around the app get their search text from the housekeeping.
    await fillMissingSearchText();
    signedIn.current = { id: chair.id, email: chair.email };
    expect((await members.listMembers({ q: "ada love" }, 1)).rows.map((r) => r.email)).toEqual(["ada@club.test"]);
    expect((await members.listMembers({ q: "GRACE@" }, 1)).rows.map((r) => r.email)).toEqual(["grace@club.test"]);
    // Case-insensitive in every script, on every database.
    expect((await members.listMembers({ q: "ZOË ΩΜΈΓΑ" }, 1)).rows.map((r) => r.email)).toEqual(["zoe@club.test"]);
    expect((await members.listMembers({ q: "" }, 1)).total).toBe(4);
  });

  it("lists each member's row as the table shows it: names, confirmation, newsletter or its stop, interests, sync", async () => {
    const chair = await member("chair@club.test");
    const alice = await member("alice@club.test", { newsletter: true });
    await db.memberInterest.createMany({
      data: ["seed_romance", "seed_biographies"].map((interestId) => ({ userId: alice.id, interestId })),
    });
    await db.memberSync.create({ data: { memberId: alice.id, state: "pending" } });
    const bob = await db.user.create({ data: { email: "bob@club.test", firstName: "Bob", lastName: "Stone" } });
    const stoppedAt = new Date("2026-05-04T03:02:01.123Z");
    const carol = await member("carol@club.test");
    await db.user.update({ where: { id: carol.id }, data: { newsletterStop: "unsubscribed", newsletterStoppedAt: stoppedAt } });
    signedIn.current = { id: chair.id, email: chair.email };
    const { rows } = await members.listMembers({ q: "" }, 1);
    // The table says the sync's state with the page's label.
    const shown = rows.map(({ syncState, ...row }) => ({
      ...row,
      sync: syncStateLabel({
        state: syncState,
        confirmed: row.confirmed,
        newsletter: row.newsletter,
        newsletterStop: row.newsletterStop?.reason ?? null,
      }),
    }));
    expect(shown.filter((row) => row.id !== chair.id)).toEqual([
      {
        id: carol.id,
        email: "carol@club.test",
        name: "carol",
        confirmed: true,
        newsletter: false,
        newsletterStop: { reason: "unsubscribed", at: stoppedAt },
        interests: [],
        sync: "unsubscribed in MailerLite",
      },
      {
        id: bob.id,
        email: "bob@club.test",
        name: "Bob Stone",
        confirmed: false,
        newsletter: false,
        newsletterStop: null,
        interests: [],
        sync: "not in MailerLite (unconfirmed)",
      },
      {
        id: alice.id,
        email: "alice@club.test",
        name: "alice",
        confirmed: true,
        newsletter: true,
        newsletterStop: null,
        interests: ["Biographies", "Romance"],
        sync: "pending",
      },
    ]);
    // The export says the same of each member, in a file Excel opens as UTF-8.
    const bytes = new Uint8Array(await new Response(await exportMembersCsv({ q: "" })).arrayBuffer());
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(csv.startsWith("\uFEFFemail,")).toBe(true);
    const exported = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.fromEntries(exported.map((row) => [row.email, row.sync_state]))).toEqual(
      Object.fromEntries(shown.map((row) => [row.email, row.sync])),
    );
  });

  it("a search that matches more members than a query can list pages, and counts them up to ten pages ahead", async () => {
    const chair = await member("chair@club.test");
    await db.user.createMany({
      data: Array.from({ length: 1200 }, (_, i) => {
        const email = `crowd${i}@club.test`;
        return { email, firstName: "Crowd", searchText: searchTextOf({ email, firstName: "Crowd" }) };
      }),
    });
    // Others, so that the first page is found by reading members in order and the last by sorting matches.
    await db.user.createMany({
      data: Array.from({ length: 2500 }, (_, i) => {
        const email = `other${i}@club.test`;
        return { email, firstName: "Other", searchText: searchTextOf({ email, firstName: "Other" }) };
      }),
    });
    signedIn.current = { id: chair.id, email: chair.email };
    for (const [pageNumber, counted] of [
      // SQLite's index counts a search's matches up to ten pages ahead; PostgreSQL's count is exact.
      [1, isSqlite ? { total: 1000, more: true, pageCount: 20 } : { total: 1200, more: false, pageCount: 24 }],
      [24, { total: 1200, more: false, pageCount: 24 }],
    ] as const) {
      const page = await members.listMembers({ q: "crowd" }, pageNumber);
      expect(page).toMatchObject(counted);
      const expected = await db.user.findMany({
        where: { searchText: { contains: "crowd" } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (pageNumber - 1) * 50,
        take: 50,
        select: { email: true },
      });
      expect(page.rows.map((row) => row.email)).toEqual(expected.map((row) => row.email));
      expect(page.rows).toHaveLength(50);
    }
    expect((await members.listMembers({ q: "crowd", newsletter: "no" }, 1)).total).toBe(1200);
  });

  it("filters by sync state when more members wait for the sync than a query can list", async () => {
    const chair = await member("chair@club.test");
    await db.user.createMany({
      data: Array.from({ length: 1200 }, (_, i) => {
        const email = `backlog${i}@club.test`;
        return { email, searchText: searchTextOf({ email }), createdAt: new Date(1e12 + i) };
      }),
    });
    const backlog = await db.user.findMany({ where: { email: { startsWith: "backlog" } }, select: { id: true } });
    await db.memberSync.createMany({ data: backlog.map(({ id }) => ({ memberId: id, state: "pending" })) });
    await db.memberSync.create({ data: { memberId: chair.id, state: "synced" } });
    signedIn.current = { id: chair.id, email: chair.email };
    const pending = await members.listMembers({ q: "", sync: "pending" }, 2);
    expect(pending.total).toBe(1200);
    expect(pending.rows.map((r) => r.email)).toEqual(Array.from({ length: 50 }, (_, i) => `backlog${1149 - i}@club.test`));
    const synced = await members.listMembers({ q: "", sync: "synced" }, 1);
    expect([synced.total, synced.rows.map((r) => r.email)]).toEqual([1, ["chair@club.test"]]);
    expect((await members.listMembers({ q: "backlog11", sync: "pending" }, 1)).total).toBe(111);
    const csv = await new Response(await exportMembersCsv({ q: "", sync: "pending" })).text();
    expect(csv.trim().split("\n")).toHaveLength(1 + 1200);
  });

  it("filters by newsletter, interest, MailerLite status, sync state and joining dates, all together", async () => {
    const chair = await member("chair@club.test");
    const day = (d: string) => new Date(`${d}T12:00:00Z`);
    const a = await db.user.create({
      data: { email: "a@club.test", newsletter: true, mailerliteId: "1", createdAt: day("2026-01-10") },
    });
    const b = await db.user.create({
      data: { email: "b@club.test", newsletterStop: "unsubscribed", createdAt: day("2026-02-10") },
    });
    await db.user.create({ data: { email: "c@club.test", createdAt: day("2026-03-10") } });
    await db.memberInterest.create({ data: { userId: a.id, interestId: "seed_romance" } });
    await db.memberSync.create({ data: { memberId: b.id, state: "failed" } });
    signedIn.current = { id: chair.id, email: chair.email };
    const emails = async (filter: Partial<MemberFilter>) =>
      (await members.listMembers({ q: "", ...filter }, 1)).rows.map((r) => r.email).filter((e) => e !== chair.email).sort();
    expect(await emails({ newsletter: "yes" })).toEqual(["a@club.test"]);
    expect(await emails({ interest: "seed_romance" })).toEqual(["a@club.test"]);
    expect(await emails({ status: "subscribed" })).toEqual(["a@club.test"]);
    expect(await emails({ status: "unsubscribed" })).toEqual(["b@club.test"]);
    expect(await emails({ sync: "failed" })).toEqual(["b@club.test"]);
    expect(await emails({ sync: "synced", from: "2026-01-01" })).toEqual(["a@club.test", "c@club.test"]);
    expect(await emails({ from: "2026-02-10", to: "2026-02-10" })).toEqual(["b@club.test"]);
    expect(await emails({ newsletter: "no", to: "2026-02-28" })).toEqual(["b@club.test"]);
  });
});
