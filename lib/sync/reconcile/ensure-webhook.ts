import "server-only";
import {
  createWebhook,
  deleteWebhook,
  listWebhooks,
  MailerLiteError,
  updateWebhook,
  type MailerLiteClient,
  type NewWebhook,
} from "@/lib/mailerlite";
import { readWebhookWithSecret, saveWebhookRegistration } from "../webhook-registration";

/** What the app listens to; `subscriber.deleted` is delivered only to a batchable webhook. */
export const WEBHOOK_EVENTS = [
  "subscriber.unsubscribed",
  "subscriber.bounced",
  "subscriber.spam_reported",
  "subscriber.deleted",
  "subscriber.updated",
  "subscriber.added_to_group",
  "subscriber.removed_from_group",
];

const sameEvents = (a: string[]) =>
  a.length === WEBHOOK_EVENTS.length && WEBHOOK_EVENTS.every((e) => a.includes(e));

/**
 * Makes sure MailerLite has the app's webhook, once: finds it by its URL (a second one is deleted), puts its
 * events right if they were changed, creates it again if it was deleted, and keeps the secret in the
 * database (sealed). A URL MailerLite refuses is recorded for /admin/sync (reconciliation keeps the data right).
 */
export async function ensureWebhook(client: MailerLiteClient, url: string): Promise<string> {
  const wanted: NewWebhook = { name: "Book club members", url, events: WEBHOOK_EVENTS, batchable: true };
  try {
    const ours = (await listWebhooks(client)).filter((webhook) => webhook.url === url);
    const stored = await readWebhookWithSecret();
    let mine =
      ours.find((webhook) => webhook.id === stored?.webhookId) ??
      ours.find((webhook) => webhook.secret) ??
      ours[0];
    // A create whose answer was lost may land after a retry made another: each would deliver every event.
    for (const extra of ours) if (extra !== mine) await deleteWebhook(client, extra.id);
    if (mine && !mine.secret && !(stored?.webhookId === mine.id && stored.secret)) {
      // Its secret is lost (a restored database): every delivery would be refused. Made again, with a new one.
      await deleteWebhook(client, mine.id);
      mine = undefined;
    }
    if (mine) {
      const fine = sameEvents(mine.events) && mine.batchable === true && mine.enabled !== false;
      const webhook = fine ? mine : await updateWebhook(client, mine.id, wanted);
      await saveWebhookRegistration({
        webhookId: webhook.id,
        url,
        secret: webhook.secret ?? mine.secret ?? (stored?.webhookId === mine.id ? stored.secret : null),
        registeredAt: stored?.webhookId === webhook.id ? stored.registeredAt : new Date(),
        error: null,
      });
      return fine ? "webhook in place" : "webhook events put back";
    }
    const webhook = await createWebhook(client, wanted);
    await saveWebhookRegistration({
      webhookId: webhook.id,
      url,
      secret: webhook.secret ?? null,
      registeredAt: new Date(),
      error: null,
    });
    return stored?.webhookId ? "webhook created again" : "webhook created";
  } catch (error) {
    if (error instanceof MailerLiteError && (error.code === "validation" || error.code === "bad_request")) {
      const message = `MailerLite refused the webhook address ${url}: ${error.message}`;
      await saveWebhookRegistration({ error: message.slice(0, 500) });
      return message;
    }
    throw error;
  }
}
