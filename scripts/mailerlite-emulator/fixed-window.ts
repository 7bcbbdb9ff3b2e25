export type WindowVerdict = { allowed: boolean; remaining: number; resetInMs: number };

/** Laravel-style throttle: `limit` hits per window that starts at the first hit after the last one ended. */
export class FixedWindow {
  private start = Number.NEGATIVE_INFINITY;
  private count = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  take(now: number): WindowVerdict {
    if (now >= this.start + this.windowMs) {
      this.start = now;
      this.count = 0;
    }
    const resetInMs = this.start + this.windowMs - now;
    if (this.count >= this.limit) return { allowed: false, remaining: 0, resetInMs };
    this.count++;
    return { allowed: true, remaining: this.limit - this.count, resetInMs };
  }

  reset(): void {
    this.start = Number.NEGATIVE_INFINITY;
    this.count = 0;
  }
}
