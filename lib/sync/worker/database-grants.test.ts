// @module-tag database
import { beforeEach, describe, expect, it } from "vitest";
import { manualClock } from "@/test/support/manual-clock";
import { RateLimiter } from "./rate-limiter";

const { db } = await import("@/lib/db");
const { databaseGrants } = await import("./database-grants");

const clock = manualClock();
/** One limiter per "process", all counting in the database. */
const limiterFor = (bucket: string) =>
  new RateLimiter({ limit: 3, windowMs: 60_000, grants: databaseGrants(bucket), clock });

describe("database grants", () => {
  beforeEach(async () => {
    await db.apiRequestSlot.deleteMany();
  });

  it("make every process share one window: together they stay under the limit", async () => {
    const [a, b] = [limiterFor("account"), limiterFor("account")];
    expect([await a.tryAcquire(), await b.tryAcquire(), await a.tryAcquire()]).toEqual([true, true, true]);
    expect(await b.tryAcquire()).toBe(false);
    expect(await a.tryAcquire()).toBe(false);
    expect(await b.waitTime()).toBe(60_000);
    await clock.advance(59_999);
    expect(await b.tryAcquire()).toBe(false);
    expect(await limiterFor("another account").tryAcquire()).toBe(true);
    await clock.advance(1);
    expect([await b.tryAcquire(), await a.tryAcquire()]).toEqual([true, true]);
  });

  it("never give the last slot twice, however many ask at once", async () => {
    const limiters = Array.from({ length: 4 }, () => limiterFor("rush"));
    const granted = await Promise.all(
      limiters.flatMap((limiter) => [limiter.tryAcquire(), limiter.tryAcquire()]),
    );
    expect(granted.filter(Boolean)).toHaveLength(3);
    expect(await db.apiRequestSlot.count({ where: { bucket: "rush" } })).toBe(3);
  });
});
