import type { StartTimeout } from "@/lib/mailerlite";

/**
 * Request timeouts that expire only when the test says: a test that makes a request hang decides when its
 * client gives up, instead of racing a real timer against the machine's speed.
 */
export function manualTimeouts() {
  const pending = new Set<() => void>();
  const startTimeout: StartTimeout = (_ms, expire) => {
    pending.add(expire);
    return () => void pending.delete(expire);
  };
  return {
    startTimeout,
    /** Requests waiting for their answer. */
    get pending() {
      return pending.size;
    },
    /** Every request waiting for its answer times out now. */
    expireAll() {
      const expiring = [...pending];
      pending.clear();
      for (const expire of expiring) expire();
    },
  };
}
