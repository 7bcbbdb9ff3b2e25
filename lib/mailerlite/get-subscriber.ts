import type { MailerLiteClient } from "./client";
import { isNotFound } from "./not-found";
import { parseBody } from "./parse-body";
import { dataEnvelope, subscriberSchema, type Subscriber } from "./schemas";

/** The subscriber with this id or e-mail address, or null when MailerLite has none. */
export async function getSubscriber(client: MailerLiteClient, idOrEmail: string): Promise<Subscriber | null> {
  try {
    const response = await client.send({
      method: "GET",
      path: `/subscribers/${encodeURIComponent(idOrEmail)}`,
    });
    return parseBody(dataEnvelope(subscriberSchema), response.body, "GET /subscribers/{id}").data;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
