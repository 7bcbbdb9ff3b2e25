import { z } from "zod";
import type { MailerLiteClient } from "./client";
import { parseBody } from "./parse-body";

export const webhookSchema = z.looseObject({
  id: z.string().regex(/^\d+$/, "must be a numeric string"),
  name: z.string().nullish(),
  url: z.string(),
  events: z.array(z.string()),
  enabled: z.boolean().optional(),
  batchable: z.boolean().optional(),
  secret: z.string().nullish(),
});
export type Webhook = z.output<typeof webhookSchema>;

const webhookListSchema = z.looseObject({ data: z.array(webhookSchema) });
const webhookEnvelope = z.looseObject({ data: webhookSchema });

export type NewWebhook = { name: string; url: string; events: string[]; batchable: boolean };

/** Every webhook of the account (MailerLite answers them in one list). */
export async function listWebhooks(client: MailerLiteClient): Promise<Webhook[]> {
  const response = await client.send({ method: "GET", path: "/webhooks" });
  return parseBody(webhookListSchema, response.body, "GET /webhooks").data;
}

/** Creates a webhook; MailerLite generates its secret and returns it in the answer. */
export async function createWebhook(client: MailerLiteClient, webhook: NewWebhook): Promise<Webhook> {
  const response = await client.send({
    method: "POST",
    path: "/webhooks",
    body: { ...webhook, enabled: true },
  });
  return parseBody(webhookEnvelope, response.body, "POST /webhooks").data;
}

/** Changes a webhook's events, URL or batching (an existing one that differs from what the app needs). */
export async function updateWebhook(
  client: MailerLiteClient,
  id: string,
  webhook: NewWebhook,
): Promise<Webhook> {
  const response = await client.send({
    method: "PUT",
    path: `/webhooks/${encodeURIComponent(id)}`,
    body: { ...webhook, enabled: true },
  });
  return parseBody(webhookEnvelope, response.body, "PUT /webhooks").data;
}

export async function deleteWebhook(client: MailerLiteClient, id: string): Promise<void> {
  await client.send({ method: "DELETE", path: `/webhooks/${encodeURIComponent(id)}` });
}
