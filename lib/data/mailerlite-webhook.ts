import "server-only";
import { verifyWebhookSignature } from "@/lib/mailerlite";
import { acceptWebhookDelivery } from "@/lib/sync/webhooks/accept-webhook-delivery";
import { countRejectedDelivery, webhookSecrets } from "@/lib/sync/webhook-registration";

export type WebhookReceipt = "stored" | "bad-signature";

/**
 * A delivery from MailerLite. Its signature is the only authority: checked on the raw bytes before anything
 * parses them; a delivery that fails it changes nothing but a counter. A signed one is stored for the
 * background work (see acceptWebhookDelivery).
 */
export async function receiveMailerLiteWebhook(raw: Uint8Array, signature: string | null): Promise<WebhookReceipt> {
  if (!verifyWebhookSignature(raw, signature, await webhookSecrets())) {
    await countRejectedDelivery();
    return "bad-signature";
  }
  await acceptWebhookDelivery(raw);
  return "stored";
}
