// @module-tag database
import { afterEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { adoptMailerLiteStatus } = await import("./adopt-mailerlite-status");

const EMAIL = "adopt@club.test";
const t = (second: number) => new Date(Date.UTC(2026, 10, 29, 10, 0, second));
const report = (
  status: "active" | "unsubscribed" | "bounced" | "junk" | "deleted",
  at: Date,
  subscriberId = "111",
) => ({ subscriberId, email: EMAIL, status, at, source: "webhook" }) as const;

async function member() {
  await db.user.deleteMany({ where: { email: EMAIL } });
  return db.user.create({
    data: { email: EMAIL, emailVerified: new Date(), newsletter: true, mailerliteId: "111" },
  });
}
const state = (id: string) =>
  db.user.findUniqueOrThrow({
    where: { id },
    select: { newsletter: true, newsletterStop: true, newsletterStoppedAt: true },
  });

afterEach(async () => {
  await db.user.deleteMany({ where: { email: EMAIL } });
});

describe("adoptMailerLiteStatus", () => {
  it("turns the newsletter off with the reason and time, once: the same report again changes nothing", async () => {
    const { id } = await member();
    expect(await adoptMailerLiteStatus(report("unsubscribed", t(10)))).toBe("newsletter off (unsubscribed)");
    expect(await state(id)).toEqual({
      newsletter: false,
      newsletterStop: "unsubscribed",
      newsletterStoppedAt: t(10),
    });
    const audits = await db.auditEntry.count({ where: { subject: id, action: "mailerlite.unsubscribed" } });
    expect(await adoptMailerLiteStatus(report("unsubscribed", t(10)))).toBe("nothing to change");
    expect(await db.auditEntry.count({ where: { subject: id, action: "mailerlite.unsubscribed" } })).toBe(
      audits,
    );
    expect((await db.memberSync.findUniqueOrThrow({ where: { memberId: id } })).state).toBe("pending");
  });

  it("never moves back: an older report after a newer one changes nothing", async () => {
    const { id } = await member();
    await adoptMailerLiteStatus(report("unsubscribed", t(10)));
    await adoptMailerLiteStatus(report("active", t(20))); // the person's own MailerLite form
    expect(await state(id)).toMatchObject({ newsletter: true, newsletterStop: null });
    expect(await adoptMailerLiteStatus(report("unsubscribed", t(10)))).toBe("older than what the app knows");
    expect(await adoptMailerLiteStatus(report("bounced", t(15)))).toBe("older than what the app knows");
    expect(await state(id)).toMatchObject({ newsletter: true, newsletterStop: null });
  });

  it("is resumed only by an active report later than the stop, never one of the same second", async () => {
    const { id } = await member();
    await adoptMailerLiteStatus(report("junk", t(30)));
    expect(await adoptMailerLiteStatus(report("active", t(30)))).toBe("nothing to change");
    expect(await state(id)).toMatchObject({ newsletter: false, newsletterStop: "junk" });
  });

  it("takes a deletion only of the member's own subscriber", async () => {
    const { id } = await member();
    expect(await adoptMailerLiteStatus(report("deleted", t(40), "999"))).toBe(
      "no member has this subscriber",
    );
    expect(await state(id)).toMatchObject({ newsletter: true, newsletterStop: null });
    expect(await adoptMailerLiteStatus(report("deleted", t(41)))).toBe("newsletter off (deleted)");
    expect(await state(id)).toMatchObject({ newsletter: false, newsletterStop: "deleted" });
  });

  it("takes no deletion of the subscriber the sync deletes because the member moved to a new address", async () => {
    const { id } = await member();
    await db.memberSync.create({
      data: { memberId: id, subscriberId: "111", remoteState: "present", remoteEmail: EMAIL },
    });
    await db.user.update({ where: { id }, data: { email: "moved@club.test" } });
    try {
      expect(await adoptMailerLiteStatus(report("deleted", t(41)))).toBe(
        "the member is moving to a new address",
      );
      expect(await state(id)).toMatchObject({ newsletter: true, newsletterStop: null });
    } finally {
      await db.user.delete({ where: { id } });
    }
  });

  it("answers a deletion of a subscriber whose newsletter is already off without writing anything", async () => {
    const { id } = await member();
    await db.user.update({ where: { id }, data: { newsletter: false } });
    expect(await adoptMailerLiteStatus(report("deleted", t(42)))).toBe("nothing to change");
    expect(await state(id)).toMatchObject({ newsletter: false, newsletterStop: null });
  });

  it("forgets the subscriber it takes a deletion of, so a later tick makes a new one", async () => {
    const { id } = await member();
    await adoptMailerLiteStatus(report("deleted", t(43)));
    expect((await db.user.findUniqueOrThrow({ where: { id } })).mailerliteId).toBeNull();
    // The same deletion delivered again no longer names the member's subscriber.
    expect(await adoptMailerLiteStatus(report("deleted", t(44)))).toBe("no member has this subscriber");
  });

  it("leaves a member alone when the report is about another address's subscriber", async () => {
    const { id } = await member();
    const other = { ...report("unsubscribed", t(50), "222"), email: "someone.else@club.test" };
    expect(await adoptMailerLiteStatus(other)).toBe("no member has this subscriber");
    expect(await state(id)).toMatchObject({ newsletter: true });
  });
});
