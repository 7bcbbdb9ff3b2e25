import { afterEach, beforeEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { applyWebhookEvent } = await import("./apply-webhook-event");

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
