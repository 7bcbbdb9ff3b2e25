/**
 * Where background work gets the time and waits: the real clock, or in tests one the test moves itself, so
 * that leases, backoff and rate windows run out when the test says, not when the machine gets round to it.
 */
export type Clock = {
  now(): Date;
  /** Resolves once `ms` have passed on this clock. */
  sleep(ms: number): Promise<void>;
};

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};
