import type { Clock } from "@/lib/clock";

/**
 * For tests of whole workers beside the app's own code: the real time plus how far the test moved it on. It
 * never falls behind the real clock, which stamps what the app writes in a request (a change is due at once
 * for the worker too); a lease, a backoff or a verification delay runs out when the test calls `advance`,
 * and a wait (a rate window) passes at once, costing no wall time.
 */
export function fastForwardClock() {
  let ahead = 0;
  return {
    now: () => new Date(Date.now() + ahead),
    async sleep(ms: number) {
      ahead += Math.max(0, ms);
    },
    advance(ms: number) {
      ahead += ms;
    },
  } satisfies Clock & { advance(ms: number): void };
}
