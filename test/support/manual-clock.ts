import type { Clock } from "@/lib/clock";

/**
 * A clock that moves only when the test says (`advance`); sleepers wake in time order as it passes their
 * time, each given the chance to run (and sleep again) before it moves on.
 */
export function manualClock(start = new Date()) {
  let now = start.getTime();
  const sleepers: { until: number; wake: () => void }[] = [];
  const flush = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    now: () => new Date(now),
    sleep: (ms: number) => new Promise<void>((wake) => sleepers.push({ until: now + ms, wake })),
    async advance(ms: number) {
      const target = now + ms;
      for (;;) {
        await flush();
        sleepers.sort((a, b) => a.until - b.until);
        const next = sleepers[0];
        if (!next || next.until > target) break;
        sleepers.shift();
        now = Math.max(now, next.until);
        next.wake();
      }
      now = target;
      await flush();
    },
  } satisfies Clock & { advance(ms: number): Promise<void> };
}
