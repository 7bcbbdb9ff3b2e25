export type BackoffOptions = {
  baseMs?: number;
  maxMs?: number;
  /** Returns a number in [0, 1); injectable for tests. */
  random?: () => number;
};

/**
 * Exponential backoff with full jitter: a random delay in [0, min(maxMs, baseMs · 2^(attempt-1))).
 * `attempt` counts failures so far (1 after the first failure).
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const { baseMs = 1000, maxMs = 15 * 60_000, random = Math.random } = options;
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  const ceiling = Math.min(maxMs, baseMs * 2 ** exponent);
  return Math.floor(random() * ceiling);
}

function retryAfterOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("retryAfterMs" in error)) return undefined;
  const value = error.retryAfterMs;
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * Delay before retrying after `error`: the jittered backoff, but never less than a Retry-After the server
 * sent (the `retryAfterMs` of a MailerLiteError), even when that exceeds maxMs.
 */
export function retryDelay(error: unknown, attempt: number, options: BackoffOptions = {}): number {
  const backoff = backoffDelay(attempt, options);
  const retryAfter = retryAfterOf(error);
  return retryAfter === undefined ? backoff : Math.max(retryAfter, backoff);
}
