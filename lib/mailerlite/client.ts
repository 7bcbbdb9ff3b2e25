import { errorFromResponse, MailerLiteError } from "./errors";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

export type MailerLiteRequest = {
  method: HttpMethod;
  /** Relative to the base URL, e.g. "/subscribers/123". */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
};

export type MailerLiteResponse = { status: number; body: unknown; headers: Headers };

export type RateLimitInfo = { limit: number | null; remaining: number | null };

/** Starts a request's timeout: calls `expire` after `ms` unless the returned function cancels it first. */
export type StartTimeout = (ms: number, expire: () => void) => () => void;

const realTimeout: StartTimeout = (ms, expire) => {
  const timer = setTimeout(expire, ms);
  return () => clearTimeout(timer);
};

export type MailerLiteClientOptions = {
  /** e.g. "https://connect.mailerlite.com/api" */
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  /** A real timer by default; a test may expire timeouts itself. */
  startTimeout?: StartTimeout;
  fetch?: typeof globalThis.fetch;
  onRateLimit?: (info: RateLimitInfo) => void;
};

export type MailerLiteClient = {
  /** Resolves with any 2xx answer (body parsed as JSON, undefined when empty); throws MailerLiteError otherwise. */
  send(request: MailerLiteRequest): Promise<MailerLiteResponse>;
  /** The rate-limit headers of the latest response that carried them. */
  rateLimit(): RateLimitInfo;
};

function headerNumber(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  if (value === null || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function buildUrl(baseUrl: string, request: MailerLiteRequest): string {
  const url = `${baseUrl.replace(/\/+$/, "")}/${request.path.replace(/^\/+/, "")}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) params.append(key, String(value));
  }
  const query = params.toString();
  return query ? `${url}?${query}` : url;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** undici reports "fetch failed" and keeps the useful part (ECONNRESET, …) in `cause`. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${error.message}${cause}`;
}

export function createMailerLiteClient(options: MailerLiteClientOptions): MailerLiteClient {
  const { baseUrl, apiKey, timeoutMs = 10_000, startTimeout = realTimeout, onRateLimit } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let latest: RateLimitInfo = { limit: null, remaining: null };

  const recordRateLimit = (headers: Headers) => {
    const limit = headerNumber(headers, "x-ratelimit-limit");
    const remaining = headerNumber(headers, "x-ratelimit-remaining");
    if (limit === null && remaining === null) return;
    latest = { limit, remaining };
    onRateLimit?.(latest);
  };

  const send = async (request: MailerLiteRequest): Promise<MailerLiteResponse> => {
    const what = `${request.method} ${request.path}`;
    const controller = new AbortController();
    let timedOut = false;
    const cancelTimeout = startTimeout(timeoutMs, () => {
      timedOut = true;
      controller.abort(new DOMException(`Timed out after ${timeoutMs} ms`, "TimeoutError"));
    });

    try {
      const response = await fetchImpl(buildUrl(baseUrl, request), {
        method: request.method,
        headers: {
          Authorization: `Bearer ${apiKey}`,
          "Content-Type": "application/json",
          Accept: "application/json",
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
      });
      // The body is read under the same timeout: a stalled body is as bad as a stalled answer.
      const text = await response.text();
      recordRateLimit(response.headers);
      const parsed = parseJson(text);

      if (response.status < 200 || response.status > 299) {
        throw errorFromResponse(response.status, parsed.ok ? parsed.value : text, response.headers);
      }
      if (!parsed.ok) {
        throw new MailerLiteError({
          code: "bad_response",
          status: response.status,
          message: `MailerLite answered ${what} with HTTP ${response.status} and a body that is not JSON`,
        });
      }
      return { status: response.status, body: parsed.value, headers: response.headers };
    } catch (error) {
      if (error instanceof MailerLiteError) throw error;
      if (timedOut) {
        throw new MailerLiteError({
          code: "timeout",
          message: `MailerLite did not answer ${what} within ${timeoutMs} ms`,
          cause: error,
        });
      }
      throw new MailerLiteError({
        code: "network",
        message: `Could not reach MailerLite for ${what}: ${describe(error)}`,
        cause: error,
      });
    } finally {
      cancelTimeout();
    }
  };

  return { send, rateLimit: () => ({ ...latest }) };
}
