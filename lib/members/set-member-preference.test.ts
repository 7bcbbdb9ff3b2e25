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
});
