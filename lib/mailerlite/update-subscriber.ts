import type { MailerLiteClient } from "./client";
import { parseBody } from "./parse-body";
import { dataEnvelope, subscriberSchema, type Subscriber, type SubscriberStatus } from "./schemas";
import type { SubscriberFields } from "./upsert-subscriber";

/** MailerLite ignores `fields.email`: an address cannot be changed through this call. */
export type UpdateSubscriberInput = {
  fields?: SubscriberFields;
  groups?: readonly string[];
  status?: SubscriberStatus;
};

/** PUT /subscribers/{id}: merges the given fields into the subscriber. */
export async function updateSubscriber(
  client: MailerLiteClient,
  id: string,
  input: UpdateSubscriberInput,
): Promise<Subscriber> {
  const response = await client.send({
    method: "PUT",
    path: `/subscribers/${encodeURIComponent(id)}`,
    body: input,
  });
  return parseBody(dataEnvelope(subscriberSchema), response.body, "PUT /subscribers/{id}").data;
}
