// @module-tag database
import { describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { formatTime } = await import("@/lib/format-time");
const { transaction } = await import("@/lib/transaction");
const { addMember } = await import("./add-member");
const { recordDeparture } = await import("./departed-address");

const input = {
  email: "returning@club.test",
  firstName: "Rae",
  lastName: "Turn",
  newsletter: true,
  consent: true,
  interests: [],
};
const admin = { id: "chair-id", email: "chair@club.test" };

describe("addMember", () => {
  it("refuses the address of a person who left, next to the e-mail field, and stores and sends nothing", async () => {
    await db.user.deleteMany({ where: { email: input.email } });
    await db.departedAddress.deleteMany();
    const at = new Date("2026-11-20T08:30:00Z");
    await transaction((tx) => recordDeparture(tx, input.email, "member", at));

    await expect(addMember(input, admin)).rejects.toMatchObject({
      field: "email",
      message: `This person deleted their account on ${formatTime(at)}; they can sign up again themselves`,
    });
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
    expect(await db.outboundMail.count({ where: { to: input.email } })).toBe(0);
    await db.departedAddress.deleteMany();
  });
});
