// @module-tag database
import { beforeEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { deleteMember } = await import("./delete-member");
const { findDeparture } = await import("./departed-address");

const confirmed = (email: string) =>
  db.user.create({ data: { email, firstName: "Dee", emailVerified: new Date() } });

describe("deleteMember", () => {
  beforeEach(async () => {
    await db.user.deleteMany();
    await db.departedAddress.deleteMany();
  });

  it("records that the person left, by whom, as a keyed hash of the address only", async () => {
    const own = await confirmed("own@club.test");
    const byAdmin = await confirmed("by-admin@club.test");

    await deleteMember(own.id, { kind: "member", ref: own.id }, "member.deleted_own_account", {
      departure: "member",
    });
    await deleteMember(byAdmin.id, { kind: "admin", ref: "chair" }, "admin.deleted_member", {
      departure: "admin",
    });

    expect(await findDeparture(db, "Own@Club.test")).toMatchObject({ reason: "member" });
    expect(await findDeparture(db, "by-admin@club.test")).toMatchObject({ reason: "admin" });
    const stored = JSON.stringify(await db.departedAddress.findMany());
    expect(stored).not.toContain("own@club.test");
    expect(stored).not.toContain("by-admin@club.test");
  });
});
