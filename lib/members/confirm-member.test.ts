// @module-tag database
import { describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { transaction } = await import("@/lib/transaction");
const { confirmMember } = await import("./confirm-member");
const { findDeparture, recordDeparture } = await import("./departed-address");

describe("confirmMember", () => {
  it("is the person's own choice: it records when they set their names, newsletter and interests, and clears their departure", async () => {
    await db.user.deleteMany({ where: { email: "back@club.test" } });
    await db.departedAddress.deleteMany();
    await transaction(async (tx) => {
      await recordDeparture(tx, "back@club.test", "member", new Date("2026-10-01T00:00:00Z"));
      await recordDeparture(tx, "someone-else@club.test", "admin");
    });
    const member = await db.user.create({ data: { email: "back@club.test", firstName: "Bea" } });

    await confirmMember(
      member.id,
      { firstName: "Bea", lastName: "Back", newsletter: true, interests: ["seed_romance"] },
      { ip: "10.0.0.1", userAgent: "test" },
    );

    expect(await findDeparture(db, "back@club.test")).toBeNull();
    expect(await findDeparture(db, "someone-else@club.test")).toMatchObject({ reason: "admin" });
    const stored = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(stored.emailVerified).not.toBeNull();
    expect(stored).toMatchObject({
      namesChosenAt: stored.emailVerified,
      newsletterChosenAt: stored.emailVerified,
      interestsChosenAt: stored.emailVerified,
    });
    await db.user.delete({ where: { id: member.id } });
    await db.departedAddress.deleteMany();
  });
});
