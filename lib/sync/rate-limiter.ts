export type RateLimiterOptions = {
  /** Requests allowed in any window of `windowMs`. */
  limit?: number;
  windowMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Keeps this process under `limit` requests in any sliding window of `windowMs` (MailerLite: 120 per minute).
 * Waiters are served first come, first served.
 */
export class RateLimiter {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Times of the grants still inside the window, oldest first. */
  private readonly grants: number[] = [];
  private readonly waiters: (() => void)[] = [];
  private pausedUntilMs = 0;
  private pumping = false;

  constructor(options: RateLimiterOptions = {}) {
    this.limit = options.limit ?? 120;
    this.windowMs = options.windowMs ?? 60_000;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
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
  tryAcquire(): boolean {
    if (this.waiters.length > 0) return false;
    const now = this.now();
    if (this.nextSlotAt(now) > now) return false;
    this.grants.push(now);
    return true;
  }

  /** No slot is granted before `timestampMs` (e.g. now + Retry-After after a 429). Never shortens a pause. */
  pauseUntil(timestampMs: number): void {
    this.pausedUntilMs = Math.max(this.pausedUntilMs, timestampMs);
  }

  /** Milliseconds until a slot would be free (0 when one is free now), ignoring anyone waiting. */
  waitTime(): number {
    const now = this.now();
    return this.nextSlotAt(now) - now;
  }

  /** Requests waiting for a slot. */
  get pending(): number {
    return this.waiters.length;
  }

  private nextSlotAt(now: number): number {
    while (this.grants.length > 0 && (this.grants[0] ?? 0) + this.windowMs <= now) this.grants.shift();
    const windowFreeAt = this.grants.length < this.limit ? now : (this.grants[0] ?? now) + this.windowMs;
    return Math.max(now, this.pausedUntilMs, windowFreeAt);
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiters.length > 0) {
        const now = this.now();
        const at = this.nextSlotAt(now);
        if (at > now) {
          await this.sleep(at - now);
          continue;
        }
        this.grants.push(now);
        this.waiters.shift()?.();
      }
    } finally {
      this.pumping = false;
    }
  }
}
