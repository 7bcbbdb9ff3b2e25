// @module-tag database
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { applyWebhookEvent } = await import("./apply-webhook-event");
const { findDeparture } = await import("@/lib/members/departed-address");

const EMAIL = "clock@club.test";
const SUBSCRIBER = "20700000000000001";
/** The app's clock in these tests: MailerLite's times have whole seconds. */
const t = (seconds: number) => new Date(Date.UTC(2026, 10, 29, 10, 0, seconds));
const mailerliteTime = (date: Date) => date.toISOString().slice(0, 19).replace("T", " ");

const event = (type: string, status: string, times: { updated_at?: string; unsubscribed_at?: string }) =>
  JSON.stringify({ type, subscriber: { id: SUBSCRIBER, email: EMAIL, status, ...times } });
/** A genuine unsubscribe, done at `at` and delivered a second later. */
const unsubscribe = (at: Date) =>
  applyWebhookEvent(
    event("subscriber.unsubscribed", "unsubscribed", { unsubscribed_at: mailerliteTime(at) }),
    new Date(at.getTime() + 1000),
    new Date(at.getTime() + 1000),
  );

let memberId = "";
const member = () =>
  db.user.findUniqueOrThrow({
    where: { id: memberId },
    select: { newsletter: true, newsletterStop: true, newsletterStoppedAt: true, mailerliteStatusAt: true },
  });

beforeEach(async () => {
  await db.user.deleteMany({ where: { email: EMAIL } });
  memberId = (
    await db.user.create({
      data: { email: EMAIL, emailVerified: t(0), newsletter: true, mailerliteId: SUBSCRIBER },
    })
  ).id;
});
afterEach(async () => {
  await db.user.deleteMany({ where: { email: EMAIL } });
  await db.departedAddress.deleteMany();
});

describe("applyWebhookEvent and MailerLite's clock", () => {
  it("takes an event dated more than five minutes ahead as received then: a later genuine unsubscribe still counts", async () => {
    // Signed, but dated in 2099 (a wrong clock, or a forged date).
    const future = event("subscriber.updated", "active", { updated_at: "2099-01-01 00:00:00" });
    await applyWebhookEvent(future, t(10), t(10));

    expect(await unsubscribe(t(70))).toBe("newsletter off (unsubscribed)");
    expect(await member()).toMatchObject({
      newsletter: false,
      newsletterStop: "unsubscribed",
      newsletterStoppedAt: t(70),
      mailerliteStatusAt: t(70),
    });
  });

  it("keeps the event's own time within five minutes ahead (clocks differ a little): order still holds", async () => {
    const ahead = event("subscriber.updated", "active", { updated_at: mailerliteTime(t(250)) });
    await applyWebhookEvent(ahead, t(10), t(10));
    expect((await member()).mailerliteStatusAt).toEqual(t(250));
    expect(await unsubscribe(t(200))).toBe("older than what the app knows");
    expect(await unsubscribe(t(260))).toBe("newsletter off (unsubscribed)");
  });

  it("no longer lets a future time taken in before (by an earlier version) hold later reports back", async () => {
    await db.user.update({
      where: { id: memberId },
      data: { mailerliteStatusAt: new Date(Date.UTC(2099, 0, 1)) },
    });
    expect(await unsubscribe(t(30))).toBe("newsletter off (unsubscribed)");
    expect(await member()).toMatchObject({ newsletter: false, mailerliteStatusAt: t(30) });
  });
});

describe("applyWebhookEvent and an address MailerLite forgot", () => {
  /** A `subscriber.deleted` event as MailerLite sends it after `POST /subscribers/{id}/forget` (GDPR erasure). */
  const forgotten = (subscriberId = SUBSCRIBER) =>
    JSON.stringify({
      type: "subscriber.deleted",
      subscriber: {
        id: subscriberId,
        email: EMAIL,
        status: "active",
        deleted_at: mailerliteTime(t(20)),
        forget_at: mailerliteTime(new Date(t(20).getTime() + 30 * 86_400_000)),
      },
    });

  it("records the departure of a forgotten address (a keyed hash) with the rest of the deletion", async () => {
    const result = await applyWebhookEvent(forgotten(), t(21), t(21));
    expect(result).toMatch(/^newsletter off \(deleted\)/);
    expect(await member()).toMatchObject({ newsletter: false, newsletterStop: "deleted" });
    expect(await findDeparture(db, EMAIL)).toEqual({ departedAt: t(21), reason: "mailerlite" });
    expect(await db.departedAddress.findMany()).toEqual([
      expect.not.objectContaining({ emailHash: expect.stringContaining(EMAIL) }),
    ]);
  });

  it("records it too when no member holds the address any more (their account was deleted)", async () => {
    await db.user.deleteMany({ where: { email: EMAIL } });
    await applyWebhookEvent(forgotten(), t(21), t(21));
    expect((await findDeparture(db, EMAIL))?.reason).toBe("mailerlite");
  });

  it("records nothing for a plain deletion, nor for a late erasure of a subscriber the member no longer holds", async () => {
    const deleted = event("subscriber.deleted", "active", { updated_at: mailerliteTime(t(20)) });
    await applyWebhookEvent(deleted, t(21), t(21));
    expect(await member()).toMatchObject({ newsletter: false, newsletterStop: "deleted" });
    expect(await findDeparture(db, EMAIL)).toBeNull();

    // The person signed up again by themselves and has a new subscriber when the old erasure arrives.
    await db.user.update({
      where: { id: memberId },
      data: { newsletter: true, mailerliteId: "20700000000000002" },
    });
    await applyWebhookEvent(forgotten(), t(30), t(30));
    expect(await findDeparture(db, EMAIL)).toBeNull();
  });
});
