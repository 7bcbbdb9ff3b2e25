import { batch } from "./batch";
import type { MailerLiteClient } from "./client";
import { errorFromResponse, MailerLiteError } from "./errors";
import { subscriberRequest, type SubscriberOperation } from "./subscriber-operation";
import { subscriberOutcome, type SubscriberOutcome } from "./subscriber-outcome";

async function failedWith<T>(
  ops: SubscriberOperation[],
  send: () => Promise<T>,
): Promise<T | SubscriberOutcome[]> {
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof MailerLiteError)) throw error;
    return ops.map((op) => subscriberOutcome(op, { ok: false, error }));
  }
}

/** Sends one operation; never throws a MailerLiteError (it becomes the outcome). */
export async function sendSubscriberOperation(
  client: MailerLiteClient,
  op: SubscriberOperation,
): Promise<SubscriberOutcome> {
  const outcomes = await failedWith([op], async () => {
    const response = await client.send(subscriberRequest(op));
    return [subscriberOutcome(op, { ok: true, body: response.body })];
  });
  return outcomes[0]!;
}

/**
 * Sends up to 50 operations as one POST /batch (one request against the rate limit): one outcome per
 * operation, in order. When the batch itself fails, every operation ends in that failure.
 */
export function sendSubscriberBatch(
  client: MailerLiteClient,
  ops: SubscriberOperation[],
): Promise<SubscriberOutcome[]> {
  return failedWith(ops, async () => {
    const items = await batch(client, ops.map(subscriberRequest));
    return items.map((item, index) =>
      subscriberOutcome(
        ops[index]!,
        item.code >= 200 && item.code <= 299
          ? { ok: true, body: item.body }
          : { ok: false, error: errorFromResponse(item.code, item.body) },
      ),
    );
  });
}
