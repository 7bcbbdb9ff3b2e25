// @module-tag database
import { beforeEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { purgeUnconfirmedMembers } = await import("./purge-unconfirmed-members");

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000);

describe("purgeUnconfirmedMembers", () => {
  beforeEach(async () => {
    await db.user.deleteMany();
    await db.departedAddress.deleteMany();
  });

  it("deletes accounts left unconfirmed past the time to live, with an audit entry, and keeps the rest", async () => {
    const stale = await db.user.create({ data: { email: "stale@club.test", updatedAt: hoursAgo(73) } });
    await db.user.create({ data: { email: "recent@club.test", updatedAt: hoursAgo(71) } });
    await db.user.create({
      data: { email: "member@club.test", emailVerified: hoursAgo(100), updatedAt: hoursAgo(100) },
    });

    expect(await purgeUnconfirmedMembers()).toBe(1);
    expect((await db.user.findMany({ orderBy: { email: "asc" } })).map((u) => u.email)).toEqual([
      "member@club.test",
      "recent@club.test",
    ]);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "member.unconfirmed_purged", subject: stale.id },
    });
    expect(audit).toMatchObject({ actorKind: "system", detail: expect.stringMatching(/^email-hash:/) });
    // Nobody left: an address never confirmed may be added or imported later.
    expect(await db.departedAddress.count()).toBe(0);
  });
});
