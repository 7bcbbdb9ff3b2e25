/** Where a rate limiter keeps the times of its grants: this process's memory, or the shared database. */
export type GrantStore = {
  /** Records a grant at `now` if the window has room: 0 then, else how long until it will. */
  take(now: number, limit: number, windowMs: number): Promise<number>;
  /** How long until the window has room (0: now), taking nothing. */
  peek(now: number, limit: number, windowMs: number): Promise<number>;
};

/** The grants of this process alone. */
export function memoryGrants(): GrantStore {
  const grants: number[] = [];
  const waitAt = (now: number, limit: number, windowMs: number) => {
    while (grants.length > 0 && grants[0]! + windowMs <= now) grants.shift();
    return grants.length < limit ? 0 : grants[0]! + windowMs - now;
  };
  return {
    async take(now, limit, windowMs) {
      const wait = waitAt(now, limit, windowMs);
      if (wait === 0) grants.push(now);
      return wait;
    },
    async peek(now, limit, windowMs) {
      return waitAt(now, limit, windowMs);
    },
  };
}
