import type { HttpMethod, MailerLiteClient } from "./client";
import { MailerLiteError } from "./errors";
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
 * even when items fail: each result, in request order, must be handled on its own.
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
