import { isRecord, message, ok, validationFailed, type ApiResult } from "./api-result";
import type { ApiRequest, RouteContext } from "./route-context";

export const MAX_BATCH_REQUESTS = 50;
const METHODS = ["GET", "POST", "PUT", "DELETE"];

type Item = { method: string; path: string; body: unknown };

function readItems(body: unknown): { items?: Item[]; errors: [string, string][] } {
  const requests = isRecord(body) ? body.requests : undefined;
  if (requests === undefined || requests === null || (Array.isArray(requests) && requests.length === 0)) {
    return { errors: [["requests", "The requests field is required."]] };
  }
  if (!Array.isArray(requests)) return { errors: [["requests", "The requests must be an array."]] };
  if (requests.length > MAX_BATCH_REQUESTS) {
    return { errors: [["requests", `The requests must not have more than ${MAX_BATCH_REQUESTS} items.`]] };
  }
  const errors: [string, string][] = [];
  const items = requests.map((raw: unknown, i): Item => {
    const r = isRecord(raw) ? raw : {};
    const method = typeof r.method === "string" ? r.method.toUpperCase() : "";
    if (r.method === undefined)
      errors.push([`requests.${i}.method`, `The requests.${i}.method field is required.`]);
    else if (!METHODS.includes(method)) {
      errors.push([`requests.${i}.method`, `The selected requests.${i}.method is invalid.`]);
    }
    if (typeof r.path !== "string" || r.path === "") {
      errors.push([`requests.${i}.path`, `The requests.${i}.path field is required.`]);
    }
    if (r.body !== undefined && r.body !== null && typeof r.body !== "object") {
      errors.push([`requests.${i}.body`, `The requests.${i}.body must be an array.`]);
    }
    return { method, path: typeof r.path === "string" ? r.path : "", body: r.body ?? undefined };
  });
  return errors.length > 0 ? { errors } : { items, errors };
}

function innerRequest(item: Item): ApiRequest | null {
  const url = new URL(item.path.replace(/^\/+/, ""), "http://batch.invalid/");
  if (!url.pathname.startsWith("/api/")) return null;
  return { method: item.method, path: url.pathname.slice(4), query: url.searchParams, body: item.body };
}

const isImportItem = (item: Item) =>
  item.method === "POST" && /^\/?api\/subscribers\/?$/.test(item.path.split("?")[0] ?? "");

/**
 * POST /batch: each item runs as if sent alone, in order; always 200 once the envelope is valid. A batch of
 * only subscriber upserts is an import, held to its own per-minute limit.
 */
export function runBatch(
  ctx: RouteContext,
  body: unknown,
  route: (ctx: RouteContext, request: ApiRequest) => ApiResult,
): ApiResult {
  const { items, errors } = readItems(body);
  if (!items) return validationFailed(errors);

  if (items.every(isImportItem)) {
    const verdict = ctx.imports.take(ctx.now());
    if (!verdict.allowed) {
      return {
        ...message(429, "You're being rate limited on import creation."),
        headers: { "Retry-After": String(Math.max(1, Math.ceil(verdict.resetInMs / 1000))) },
      };
    }
  }

  const responses = items.map((item) => {
    const request = innerRequest(item);
    const result =
      request === null
        ? message(404, `The route ${item.path} could not be found.`)
        : request.path === "/batch"
          ? message(422, "A batch cannot contain another batch.")
          : route(ctx, request);
    return { code: result.status, body: result.body ?? null };
  });
  const successful = responses.filter((r) => r.code >= 200 && r.code < 300).length;
  return ok({ total: responses.length, successful, failed: responses.length - successful, responses });
}
