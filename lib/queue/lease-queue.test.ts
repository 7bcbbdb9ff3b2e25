// @module-tag database
import { beforeEach, describe, expect, it } from "vitest";
import { manualClock } from "@/test/support/manual-clock";

const { db } = await import("@/lib/db");
const { Prisma } = await import("@/lib/generated/prisma/client");
/** The mail outbox serves as any queue. */
const { OUTBOX: QUEUE } = await import("@/lib/email/mail-outbox");

const clock = manualClock();
const lease = (owner: string, ms = 60_000) => ({ owner, now: clock.now(), ms });

/** `count` open rows, oldest first, due `dueInMs` from now. */
async function rows(count: number, dueInMs = 0): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const createdAt = new Date(clock.now().getTime() - 10_000 + i);
    const nextAttemptAt = new Date(clock.now().getTime() + dueInMs);
    const row = await db.outboundMail.create({
      data: { to: `r${ids.length}@queue.test`, createdAt, nextAttemptAt },
    });
    ids.push(row.id);
  }
  return ids;
}

describe("a lease queue", () => {
  beforeEach(async () => {
    await db.outboundMail.deleteMany();
  });

  it("hands out open rows that are due, oldest first and up to the limit, never one held by another", async () => {
    const [a, b, c] = await rows(3);
    const [notDue] = await rows(1, 1000);
    const sent = await db.outboundMail.create({ data: { to: "sent@queue.test", sentAt: clock.now() } });
    expect(await QUEUE.claimDue(lease("one"), 2)).toEqual([a, b]);
    expect(await QUEUE.claimDue(lease("two"), 10)).toEqual([c]);
    expect(await QUEUE.claim([a!, c!, notDue!, sent.id], lease("three"))).toEqual([notDue]);
    await clock.advance(1000);
    expect(await QUEUE.claimDue(lease("three"), 10)).toEqual([]);
  });

  it("gives every row to one process only, however many claim at once", async () => {
    const ids = await rows(12);
    const claims = await Promise.all(
      ["a", "b", "c", "d"].flatMap((owner) => [
        QUEUE.claimDue(lease(owner), 5),
        QUEUE.claimDue(lease(owner), 5),
      ]),
    );
    const claimed = claims.flat();
    expect(new Set(claimed).size).toBe(claimed.length);
    const rest = await QUEUE.claimDue(lease("late"), 12);
    expect([...claimed, ...rest].sort()).toEqual([...ids].sort());
    const owners = await db.outboundMail.groupBy({ by: ["leaseOwner"], _count: true });
    expect(owners.reduce((sum, owner) => sum + owner._count, 0)).toBe(12);
  });

  it("keeps a row its holder renews; one whose lease ran out is taken over, and its old holder loses it", async () => {
    const [row] = await rows(1);
    expect(await QUEUE.claimDue(lease("slow", 1000), 1)).toEqual([row]);
    await clock.advance(900);
    expect(await QUEUE.renew([row!], lease("slow", 1000))).toEqual([row]);
    await clock.advance(999);
    expect(await QUEUE.claimDue(lease("quick"), 1)).toEqual([]);
    await clock.advance(2);
    expect(await QUEUE.claimDue(lease("quick"), 1)).toEqual([row]);
    expect(await QUEUE.renew([row!], lease("slow", 1000))).toEqual([]);
    expect(await QUEUE.release([row!], lease("slow"))).toBe(0);
    expect(await QUEUE.renew([row!], lease("quick"))).toEqual([row]);
  });

  it("frees a row its holder releases, with what the release writes", async () => {
    const [row] = await rows(1);
    await QUEUE.claimDue(lease("sender"), 1);
    const retryAt = new Date(clock.now().getTime() + 5000);
    const set = Prisma.sql`"attempts" = 1, "nextAttemptAt" = ${retryAt}`;
    expect(await QUEUE.release([row!], lease("other"), { set })).toBe(0);
    expect(await QUEUE.release([row!], lease("sender"), { set })).toBe(1);
    expect(await db.outboundMail.findUniqueOrThrow({ where: { id: row } })).toMatchObject({
      leaseOwner: null,
      leaseUntil: null,
      attempts: 1,
      nextAttemptAt: retryAt,
    });
    expect(await QUEUE.renew([row!], lease("sender"))).toEqual([]);
    await clock.advance(5000);
    expect(await QUEUE.claimDue(lease("other"), 1)).toEqual([row]);
  });
});
