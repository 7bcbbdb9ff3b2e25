import { systemClock, type Clock } from "@/lib/clock";
import { memoryGrants, type GrantStore } from "./grant-store";

export type RateLimiterOptions = {
  /** Requests allowed in any window of `windowMs`. */
  limit?: number;
  windowMs?: number;
  /** Where the grants are counted: this process (the default), or the database for all processes. */
  grants?: GrantStore;
  /** The time of the window and of pauses, and the waits for a slot (the real clock by default). */
  clock?: Clock;
};

/**
 * Keeps requests under `limit` in any sliding window of `windowMs` (MailerLite: 120 per minute), counted in
 * `grants`. This process's waiters are served first come, first served.
 */
export class RateLimiter {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly grants: GrantStore;
  private readonly clock: Clock;
  private readonly waiters: (() => void)[] = [];
  private pausedUntilMs = 0;
  private pumping = false;

  constructor(options: RateLimiterOptions = {}) {
    this.limit = options.limit ?? 120;
    this.windowMs = options.windowMs ?? 60_000;
    this.grants = options.grants ?? memoryGrants();
    this.clock = options.clock ?? systemClock;
    if (!(this.limit >= 1) || !(this.windowMs > 0))
      throw new RangeError("limit must be ≥ 1 and windowMs > 0");
  }

  /** Resolves once a request may be sent; the slot is taken at that moment. */
  acquire(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      void this.pump();
    });
  }

  /** Takes a slot if one is free now and nobody is waiting; never waits. */
  async tryAcquire(): Promise<boolean> {
    if (this.waiters.length > 0 || this.pauseLeft() > 0) return false;
    return (await this.grants.take(this.now(), this.limit, this.windowMs)) === 0;
  }

  /** No slot is granted for `ms` from now (e.g. a 429's Retry-After). Never shortens a pause. */
  pauseFor(ms: number): void {
    this.pausedUntilMs = Math.max(this.pausedUntilMs, this.now() + ms);
  }

  /** Milliseconds until a slot would be free (0 when one is free now), ignoring anyone waiting. */
  async waitTime(): Promise<number> {
    const pause = this.pauseLeft();
    return pause + (await this.grants.peek(this.now() + pause, this.limit, this.windowMs));
  }

  /** Requests waiting for a slot. */
  get pending(): number {
    return this.waiters.length;
  }

  private now(): number {
    return this.clock.now().getTime();
  }

  private pauseLeft(): number {
    return Math.max(0, this.pausedUntilMs - this.now());
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.length > 0) {
        const pause = this.pauseLeft();
        const wait = pause > 0 ? pause : await this.grants.take(this.now(), this.limit, this.windowMs);
        if (wait > 0) {
          await this.clock.sleep(wait);
          continue;
        }
        this.waiters.shift()?.();
      }
    } finally {
      this.pumping = false;
    }
  }
}
