// @module-tag database
import { afterEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { archiveInterest } = await import("./archive-interest");
const { deleteInterest } = await import("./delete-interest");
const { removeInterestFromEveryone } = await import("./remove-interest-from-everyone");

const ADMIN = "admin-of-interests";

describe("removeInterestFromEveryone and deleteInterest", () => {
  afterEach(async () => {
    const alice = await db.user.findUnique({
      where: { email: "alice@interests.test" },
      select: { id: true },
    });
    if (alice) await db.memberSync.deleteMany({ where: { memberId: alice.id } });
    await db.user.deleteMany({ where: { email: "alice@interests.test" } });
    await db.interest.updateMany({ data: { archivedAt: null } });
  });

  it("removes an archived interest from everyone, then deletes it; not before", async () => {
    const alice = await db.user.create({
      data: { email: "alice@interests.test", emailVerified: new Date() },
    });
    await db.memberInterest.create({ data: { userId: alice.id, interestId: "seed_biographies" } });
    await expect(removeInterestFromEveryone("seed_biographies", ADMIN)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(deleteInterest("seed_biographies", ADMIN)).rejects.toMatchObject({ code: "CONFLICT" });
    await archiveInterest("seed_biographies", true, ADMIN);
    // Earlier files on this worker's database may have left members with it too: everyone loses it.
    const holders = await db.memberInterest.count({ where: { interestId: "seed_biographies" } });
    expect(await removeInterestFromEveryone("seed_biographies", ADMIN)).toBe(holders);
    expect(await db.memberInterest.count({ where: { interestId: "seed_biographies" } })).toBe(0);
    expect(await db.memberInterest.count({ where: { userId: alice.id } })).toBe(0);
    expect(await db.memberSync.findUnique({ where: { memberId: alice.id } })).toMatchObject({
      state: "pending",
    });
    const biographies = await db.interest.findUniqueOrThrow({ where: { id: "seed_biographies" } });
    await deleteInterest("seed_biographies", ADMIN);
    expect(await db.interest.count({ where: { id: "seed_biographies" } })).toBe(0);
    await db.interest.create({
      data: { id: biographies.id, name: biographies.name, nameKey: biographies.nameKey },
    });
  });
});
