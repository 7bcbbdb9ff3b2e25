// @module-tag database
import { beforeEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { changeMemberEmail } = await import("./change-member-email");
const { keepOldEmail } = await import("./keep-old-email");

const later = new Date(Date.now() + 60 * 60 * 1000);

/** A member whose address `old@keep.test` was changed to `new@keep.test` (confirmed or not), signed in twice. */
async function movedMember({ confirmed }: { confirmed: boolean }) {
  const member = await db.user.create({
    data: {
      email: "old@keep.test",
      emailVerified: new Date(),
      firstName: "Kim",
      pendingEmail: "new@keep.test",
      pendingEmailAt: new Date(),
      sessions: {
        create: [
          { sessionToken: "keep-1", expires: later },
          { sessionToken: "keep-2", expires: later },
        ],
      },
    },
  });
  if (confirmed) expect(await changeMemberEmail(member.id, "new@keep.test")).toBe("changed");
  await db.memberSync.deleteMany({ where: { memberId: member.id } });
  return member.id;
}

const memberOf = (id: string) => db.user.findUniqueOrThrow({ where: { id } });
const actions = async (id: string) =>
  (await db.auditEntry.findMany({ where: { subject: id }, orderBy: { createdAt: "asc" } })).map(
    (e) => e.action,
  );

describe("keepOldEmail", () => {
  beforeEach(async () => {
    await db.user.deleteMany({ where: { email: { endsWith: "@keep.test" } } });
  });

  it("gives a changed address back, ends every session, and tells the sync the member moved", async () => {
    const id = await movedMember({ confirmed: true });
    expect(await keepOldEmail(id, "old@keep.test")).toBe("restored");

    expect(await memberOf(id)).toMatchObject({
      email: "old@keep.test",
      pendingEmail: null,
      searchText: "old@keep.test kim ",
    });
    expect(await db.session.count({ where: { userId: id } })).toBe(0);
    expect(await db.memberSync.findUnique({ where: { memberId: id } })).toMatchObject({ state: "pending" });
    expect(await actions(id)).toContain("member.email_change_undone");
  });

  it("drops a change not yet confirmed, so its link no longer changes anything, and ends every session", async () => {
    const id = await movedMember({ confirmed: false });
    expect(await keepOldEmail(id, "old@keep.test")).toBe("kept");

    expect(await memberOf(id)).toMatchObject({ email: "old@keep.test", pendingEmail: null });
    expect(await db.session.count({ where: { userId: id } })).toBe(0);
    expect(await changeMemberEmail(id, "new@keep.test")).toBe("stale");
    expect(await memberOf(id)).toMatchObject({ email: "old@keep.test" });
  });

  it("leaves the address when another account took the old one meanwhile, and still ends every session", async () => {
    const id = await movedMember({ confirmed: true });
    const other = await db.user.create({ data: { email: "old@keep.test", firstName: "Other" } });
    expect(await keepOldEmail(id, "old@keep.test")).toBe("taken");

    expect(await memberOf(id)).toMatchObject({ email: "new@keep.test" });
    expect(await memberOf(other.id)).toMatchObject({ email: "old@keep.test", firstName: "Other" });
    expect(await db.session.count({ where: { userId: id } })).toBe(0);
    expect(await db.memberSync.findUnique({ where: { memberId: id } })).toBeNull();
    expect(await actions(id)).toContain("member.email_change_undo_refused");
  });

  it("finds nothing to give back once the account is gone", async () => {
    const id = await movedMember({ confirmed: true });
    await db.user.delete({ where: { id } });
    expect(await keepOldEmail(id, "old@keep.test")).toBeNull();
  });
});
