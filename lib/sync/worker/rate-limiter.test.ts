import { describe, expect, it } from "vitest";
import { manualClock } from "@/test/support/manual-clock";
import { RateLimiter } from "./rate-limiter";

function track(promise: Promise<void>) {
  const state = { done: false };
  void promise.then(() => (state.done = true));
  return state;
}

describe("RateLimiter", () => {
  it("grants `limit` slots at once, then waits for the oldest to leave the window", async () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ limit: 3, windowMs: 1000, clock });
    await limiter.acquire();
    await clock.advance(100);
    await limiter.acquire();
    await limiter.acquire();

    const fourth = track(limiter.acquire());
    await clock.advance(899);
    expect(fourth.done).toBe(false);
    await clock.advance(1);
    expect(fourth.done).toBe(true);

    const fifth = track(limiter.acquire());
    await clock.advance(99);
    expect(fifth.done).toBe(false);
    await clock.advance(1);
    expect(fifth.done).toBe(true);
  });

  it("serves waiters in the order they asked", async () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ limit: 1, windowMs: 100, clock });
    const order: number[] = [];
    const all = [1, 2, 3, 4].map((n) => limiter.acquire().then(() => order.push(n)));
    await clock.advance(0);
    expect(order).toEqual([1]);
    expect(limiter.pending).toBe(3);
    await clock.advance(300);
    await Promise.all(all);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it("never lets more than `limit` through in any window", async () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ limit: 5, windowMs: 1000, clock });
    const grantedAt: number[] = [];
    for (let i = 0; i < 23; i++) void limiter.acquire().then(() => grantedAt.push(clock.now().getTime()));
    await clock.advance(5000);
    expect(grantedAt).toHaveLength(23);
    for (const t of grantedAt) {
      expect(grantedAt.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(5);
    }
  });

  it("tryAcquire takes a free slot but never waits or jumps the queue", async () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 1000, clock });
    expect(await limiter.tryAcquire()).toBe(true);
    expect(await limiter.tryAcquire()).toBe(true);
    expect(await limiter.tryAcquire()).toBe(false);
    expect(await limiter.waitTime()).toBe(1000);

    const waiting = track(limiter.acquire());
    await clock.advance(1000);
    expect(waiting.done).toBe(true);
    expect(await limiter.tryAcquire()).toBe(true);
    expect(await limiter.tryAcquire()).toBe(false);
  });

  it("pauseFor holds every slot until then, also for those already waiting", async () => {
    const clock = manualClock();
    const limiter = new RateLimiter({ limit: 10, windowMs: 1000, clock });
    limiter.pauseFor(5000);
    expect(await limiter.tryAcquire()).toBe(false);
    expect(await limiter.waitTime()).toBe(5000);

    const first = track(limiter.acquire());
    await clock.advance(2000);
    limiter.pauseFor(4000);
    limiter.pauseFor(1000);
    await clock.advance(3999);
    expect(first.done).toBe(false);
    await clock.advance(1);
    expect(first.done).toBe(true);
    expect(await limiter.tryAcquire()).toBe(true);
  });

  it("rejects a nonsensical configuration", () => {
    expect(() => new RateLimiter({ limit: 0 })).toThrow(RangeError);
    expect(() => new RateLimiter({ windowMs: 0 })).toThrow(RangeError);
  });
});
