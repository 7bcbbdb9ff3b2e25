import type { z } from "zod";
import type { HttpMethod, MailerLiteClient } from "./client";
import { errorFromResponse, MailerLiteError } from "./errors";
import { parseBody } from "./parse-body";
import { batchResponseSchema } from "./schemas";

export const MAX_BATCH_SIZE = 50;

export type BatchRequest = {
  method: HttpMethod;
  /** "/subscribers" or "api/subscribers": both are sent as MailerLite expects, "api/subscribers". */
  path: string;
  body?: unknown;
};

export type BatchItemResult = { code: number; body: unknown };

function batchPath(path: string): string {
  const bare = path.replace(/^\/+/, "");
  return bare.startsWith("api/") ? bare : `api/${bare}`;
}

/**
 * POST /batch: up to 50 requests in one call (one request against the rate limit). The envelope is 200
 * even when items fail: each result, in request order, must be handled on its own (see readBatchItem).
 */
export async function batch(
  client: MailerLiteClient,
  requests: readonly BatchRequest[],
): Promise<BatchItemResult[]> {
  if (requests.length > MAX_BATCH_SIZE) {
    throw new RangeError(
      `A MailerLite batch takes at most ${MAX_BATCH_SIZE} requests, got ${requests.length}`,
    );
  }
  if (requests.length === 0) return [];
  const response = await client.send({
    method: "POST",
    path: "/batch",
    body: {
      requests: requests.map((r) => ({
        method: r.method,
        path: batchPath(r.path),
        ...(r.body === undefined ? {} : { body: r.body }),
      })),
    },
  });
  const { responses } = parseBody(batchResponseSchema, response.body, "POST /batch");
  if (responses.length !== requests.length) {
    throw new MailerLiteError({
      code: "bad_response",
      status: response.status,
      message: `MailerLite answered a batch of ${requests.length} with ${responses.length} results`,
    });
  }
  return responses.map(({ code, body }) => ({ code, body }));
}

export type BatchItemOutcome<T> =
  { ok: true; code: number; value: T } | { ok: false; error: MailerLiteError };

/**
 * One batch result as a value (checked against `schema` when given) or the MailerLiteError the same answer
 * would have produced outside a batch. Items carry no headers, so there is no Retry-After.
 */
export function readBatchItem(item: BatchItemResult): BatchItemOutcome<unknown>;
export function readBatchItem<T>(item: BatchItemResult, schema: z.ZodType<T>): BatchItemOutcome<T>;
export function readBatchItem<T>(
  item: BatchItemResult,
  schema?: z.ZodType<T>,
): BatchItemOutcome<T | unknown> {
  if (item.code < 200 || item.code > 299)
    return { ok: false, error: errorFromResponse(item.code, item.body) };
  if (!schema) return { ok: true, code: item.code, value: item.body };
  try {
    return {
      ok: true,
      code: item.code,
      value: parseBody(schema, item.body, `batch item (HTTP ${item.code})`),
    };
  } catch (error) {
    if (error instanceof MailerLiteError) return { ok: false, error };
    throw error;
  }
}
