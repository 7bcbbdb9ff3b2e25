import type { FaultSettings } from "./faults";

export type MailerLiteEmulatorOptions = {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The one API key accepted (default "test-key"). */
  apiKey?: string;
  /** Accept any non-empty bearer token instead. */
  acceptAnyKey?: boolean;
  /** Requests per (scaled) minute, default 120 like MailerLite. */
  rateLimitPerMinute?: number;
  /** Import batches per (scaled) minute, default 5 like MailerLite. */
  importsPerMinute?: number;
  /** Length of the emulated minute: 0.1 → 6-second windows with the same limits. */
  timeScale?: number;
  /** Seeds ids and, unless `faults.seed` is given, the fault sequence. */
  seed?: number;
  faults?: Partial<FaultSettings>;
  /** Clock for timestamps and rate windows (not for latency or hangs). */
  now?: () => number;
  /** Called with one line per finished API request. */
  log?: (line: string) => void;
  /** Oldest entries of `requests` are dropped beyond this many. */
  maxRecordedRequests?: number;
  /**
   * A JSON file that keeps the account (subscribers, groups, memberships, webhooks, the id sequence) across
   * restarts: read at start, written after every request that may change it. Unset: in memory only.
   */
  stateFile?: string;
};

export type ResolvedEmulatorOptions = Required<
  Omit<MailerLiteEmulatorOptions, "log" | "faults" | "stateFile">
> & {
  log?: (line: string) => void;
  stateFile?: string;
  faults: Partial<FaultSettings>;
};

export function resolveEmulatorOptions(options: MailerLiteEmulatorOptions): ResolvedEmulatorOptions {
  const resolved = {
    port: options.port ?? 0,
    host: options.host ?? "127.0.0.1",
    apiKey: options.apiKey ?? "test-key",
    acceptAnyKey: options.acceptAnyKey ?? false,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 120,
    importsPerMinute: options.importsPerMinute ?? 5,
    timeScale: options.timeScale ?? 1,
    seed: options.seed ?? 1,
    faults: options.faults ?? {},
    now: options.now ?? Date.now,
    log: options.log,
    maxRecordedRequests: options.maxRecordedRequests ?? 50_000,
    stateFile: options.stateFile,
  };
  if (!(resolved.timeScale > 0)) throw new RangeError("timeScale must be greater than 0");
  if (!(resolved.rateLimitPerMinute >= 1) || !(resolved.importsPerMinute >= 1)) {
    throw new RangeError("rate limits must be at least 1");
  }
  if (!resolved.acceptAnyKey && resolved.apiKey === "") throw new RangeError("apiKey must not be empty");
  return resolved;
}
