import { readLimitedBody } from "./read-limited-body";

/**
 * A request's body held to `limit` bytes, never read further: "too-large" by its declared length before
 * anything is read, or, for a body sent without one, as soon as more than `limit` bytes have arrived. A body
 * whose declared length fits is read only when the caller `wants` its bytes ("unread" otherwise).
 */
export async function boundedBody(
  request: Request,
  limit: number,
  wants: boolean,
): Promise<Uint8Array | "too-large" | "unread"> {
  const declared = request.headers.get("content-length");
  if (!wants && declared !== null && Number(declared) <= limit) return "unread";
  return (await readLimitedBody(request, limit)) ?? "too-large";
}
