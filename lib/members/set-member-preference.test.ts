// @module-tag database
import { describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { setMemberPreference } = await import("./set-member-preference");

describe("setMemberPreference", () => {
  it("answers a double tick as a single one: one choice, one pending sync, no error", async () => {
    await db.user.deleteMany({ where: { email: "ticker@club.test" } });
    const member = await db.user.create({ data: { email: "ticker@club.test", emailVerified: new Date() } });
    const tick = { kind: "interest", interestId: "seed_romance", value: true } as const;
    await Promise.all([1, 2, 3].map(() => setMemberPreference(member.id, tick)));
    expect(
      await db.memberInterest.findMany({ where: { userId: member.id }, select: { interestId: true } }),
    ).toEqual([{ interestId: "seed_romance" }]);
    expect(await db.memberSync.findUnique({ where: { memberId: member.id } })).toMatchObject({
      state: "pending",
    });
    await db.user.delete({ where: { id: member.id } });
  });

  it("removes only the interest unticked, and records the change for the audit log and the sync", async () => {
    await db.user.deleteMany({ where: { email: "unticker@club.test" } });
    const member = await db.user.create({
      data: {
        email: "unticker@club.test",
        emailVerified: new Date(),
        interests: { create: [{ interestId: "seed_romance" }, { interestId: "seed_biographies" }] },
      },
    });
    await setMemberPreference(member.id, { kind: "interest", interestId: "seed_romance", value: false });
    expect(
      await db.memberInterest.findMany({ where: { userId: member.id }, select: { interestId: true } }),
    ).toEqual([{ interestId: "seed_biographies" }]);
    expect(
      await db.auditEntry.findMany({ where: { subject: member.id }, select: { action: true, detail: true } }),
    ).toEqual([{ action: "member.interest_removed", detail: "seed_romance" }]);
    expect(await db.memberSync.findUnique({ where: { memberId: member.id } })).toMatchObject({
      state: "pending",
    });
    await db.user.delete({ where: { id: member.id } });
  });
});
