import "server-only";
import { backgroundWork } from "@/lib/outbox/background-work";
import { readWebhookEvents, verifyWebhookSignature } from "@/lib/mailerlite";
import { storeWebhookDelivery } from "@/lib/sync/webhook-inbox";
import { countRejectedDelivery, webhookSecrets } from "@/lib/sync/webhook-registration";

export type WebhookReceipt = "stored" | "bad-signature";

function parse(raw: Uint8Array): { text: string; json: unknown } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
    return { text, json: JSON.parse(text) as unknown };
  } catch {
    return { text: Buffer.from(raw).toString("latin1"), json: undefined };
  }
}

/**
 * A delivery from MailerLite. Its signature is the only authority: checked on the raw bytes before anything
 * parses them; a delivery that fails it changes nothing but a counter. A signed one is stored (each event on
 * its own; an unknown shape as one row to look at) for the background work, so the answer is quick.
 */
export async function receiveMailerLiteWebhook(raw: Uint8Array, signature: string | null): Promise<WebhookReceipt> {
  if (!verifyWebhookSignature(raw, signature, await webhookSecrets())) {
    await countRejectedDelivery();
    return "bad-signature";
  }
  const { text, json } = parse(raw);
  const events = json === undefined ? null : readWebhookEvents(json);
  const items =
    typeof json === "object" && json !== null && "events" in json && Array.isArray(json.events)
      ? (json.events as unknown[])
      : [json];
  const rows = events ? events.map((event, index) => ({ type: event.type, body: JSON.stringify(items[index]) })) : null;
  await storeWebhookDelivery(rows, text);
  backgroundWork.wake();
  return "stored";
}
