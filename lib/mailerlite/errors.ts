export type MailerLiteErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "validation"
  | "client_error"
  | "rate_limited"
  | "server"
  | "timeout"
  | "network"
  | "bad_response";

const RETRYABLE_CODES: ReadonlySet<MailerLiteErrorCode> = new Set([
  "rate_limited",
  "server",
  "timeout",
  "network",
]);

export type MailerLiteErrorInit = {
  code: MailerLiteErrorCode;
  message: string;
  status?: number;
  retryAfterMs?: number;
  fieldErrors?: Record<string, string[]>;
  /** For a 404: what MailerLite could not find, when its message names the model. */
  missing?: MissingModel;
  cause?: unknown;
};

export type MissingModel = "subscriber" | "group";

/** A failed MailerLite call; `retryable` says whether sending the same request again may succeed. */
export class MailerLiteError extends Error {
  readonly code: MailerLiteErrorCode;
  readonly status?: number;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly fieldErrors?: Record<string, string[]>;
  readonly missing?: MissingModel;

  constructor(init: MailerLiteErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "MailerLiteError";
    this.code = init.code;
    this.status = init.status;
    this.retryable = RETRYABLE_CODES.has(init.code);
    this.retryAfterMs = init.retryAfterMs;
    this.fieldErrors = init.fieldErrors;
    this.missing = init.missing;
  }

  /** MailerLite refuses the API key itself: nothing will work until the key changes. */
  get keyRejected(): boolean {
    return this.code === "unauthorized" || this.code === "forbidden";
  }
}

export type HeaderReader = { get(name: string): string | null };

/** Retry-After is either delay-seconds or an HTTP date; returns milliseconds from `nowMs`, or undefined. */
export function parseRetryAfter(value: string | null | undefined, nowMs = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

function codeForStatus(status: number): MailerLiteErrorCode {
  if (status >= 500) return "server";
  switch (status) {
    case 400:
      return "bad_request";
    case 401:
      return "unauthorized";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 405:
      return "method_not_allowed";
    case 408:
      return "timeout";
    case 422:
      return "validation";
    case 429:
      return "rate_limited";
    default:
      return status >= 400 ? "client_error" : "bad_response";
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readFieldErrors(body: unknown): Record<string, string[]> | undefined {
  if (!isRecord(body) || !isRecord(body.errors)) return undefined;
  const entries = Object.entries(body.errors).map(([field, messages]): [string, string[]] => [
    field,
    Array.isArray(messages) ? messages.filter((m): m is string => typeof m === "string") : [],
  ]);
  return Object.fromEntries(entries);
}

/** The model a 404 says it could not find: "No query results for model [App\Models\Group\Group] 5". */
function missingModel(message = ""): MissingModel | undefined {
  if (/Group/.test(message)) return "group";
  if (/Subscriber/.test(message)) return "subscriber";
  return undefined;
}

/** Maps a non-2xx answer (status, parsed JSON body or raw text, headers) to a MailerLiteError. */
export function errorFromResponse(status: number, body: unknown, headers?: HeaderReader): MailerLiteError {
  const code = codeForStatus(status);
  const bodyMessage = isRecord(body) && typeof body.message === "string" ? body.message : undefined;
  return new MailerLiteError({
    code,
    status,
    message: bodyMessage ?? `MailerLite answered HTTP ${status}`,
    retryAfterMs: parseRetryAfter(headers?.get("retry-after")),
    fieldErrors: code === "validation" ? readFieldErrors(body) : undefined,
    missing: code === "not_found" ? missingModel(bodyMessage) : undefined,
  });
}
