import "server-only";
import { readWebhookEvents } from "@/lib/mailerlite";
import { backgroundWork } from "@/lib/outbox/background-work";
import { storeWebhookDelivery } from "./webhook-inbox";

function parse(raw: Uint8Array): { text: string; json: unknown } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
    return { text, json: JSON.parse(text) as unknown };
  } catch {
    return { text: Buffer.from(raw).toString("latin1"), json: undefined };
  }
}

/**
 * A signed delivery from MailerLite, stored for the background work (each event on its own; an unknown shape
 * as one row to look at), so the answer is quick.
 */
export async function acceptWebhookDelivery(raw: Uint8Array): Promise<void> {
  const { text, json } = parse(raw);
  const events = json === undefined ? null : readWebhookEvents(json);
  const items =
    typeof json === "object" && json !== null && "events" in json && Array.isArray(json.events)
      ? (json.events as unknown[])
      : [json];
  const rows = events
    ? events.map((event, index) => ({ type: event.type, body: JSON.stringify(items[index]) }))
    : null;
  await storeWebhookDelivery(rows, text);
  backgroundWork.wake();
}
