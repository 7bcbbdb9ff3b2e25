// @module-tag database
import { beforeEach, describe, expect, it } from "vitest";
import { manualClock } from "@/test/support/manual-clock";

const { db } = await import("@/lib/db");
const { claimDueMails, MAIL_LEASE_MS, stillHoldsMail } = await import("./mail-outbox");

describe("the mail outbox's lease", () => {
  beforeEach(async () => {
    await db.outboundMail.deleteMany();
  });

  it("belongs to one sender: one that stalled past it may not send once another took the mail over", async () => {
    const clock = manualClock();
    const mail = await db.outboundMail.create({
      data: { to: "a@club.test", kind: "link", createdAt: clock.now(), nextAttemptAt: clock.now() },
    });
    expect(await claimDueMails("stalled", 1, clock.now())).toHaveLength(1);
    expect(await claimDueMails("other", 1, clock.now())).toHaveLength(0);
    expect(await stillHoldsMail(mail.id, "stalled", clock.now())).toBe(true);

    await clock.advance(MAIL_LEASE_MS - 1);
    expect(await claimDueMails("other", 1, clock.now())).toHaveLength(0);
    await clock.advance(MAIL_LEASE_MS + 1);
    expect(await claimDueMails("other", 1, clock.now())).toHaveLength(1);
    expect(await stillHoldsMail(mail.id, "stalled", clock.now())).toBe(false);
    expect(await stillHoldsMail(mail.id, "other", clock.now())).toBe(true);
  });

  it("waits until a mail is due, and hands out the oldest first", async () => {
    const clock = manualClock();
    const at = (ms: number) => new Date(clock.now().getTime() + ms);
    const later = await db.outboundMail.create({
      data: { to: "later@club.test", kind: "link", createdAt: at(-2000), nextAttemptAt: at(5000) },
    });
    const second = await db.outboundMail.create({
      data: { to: "second@club.test", kind: "link", createdAt: at(-1000), nextAttemptAt: at(0) },
    });
    const first = await db.outboundMail.create({
      data: { to: "first@club.test", kind: "link", createdAt: at(-1500), nextAttemptAt: at(-1000) },
    });
    expect((await claimDueMails("sender", 10, clock.now())).map((m) => m.id)).toEqual([first.id, second.id]);
    await clock.advance(5000);
    expect((await claimDueMails("sender", 10, clock.now())).map((m) => m.id)).toEqual([later.id]);
  });
});
