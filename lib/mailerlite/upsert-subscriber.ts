import type { MailerLiteClient } from "./client";
import { parseBody } from "./parse-body";
import { dataEnvelope, subscriberSchema, type SubscriberStatus } from "./schemas";

export type SubscriberFields = Readonly<Record<string, string | number | null>>;

export type UpsertSubscriberInput = {
  email: string;
  fields?: SubscriberFields;
  /** Group ids; MailerLite adds these memberships and never removes others. */
  groups?: readonly string[];
  /** Sent explicitly: an upsert without it was seen to turn "unconfirmed" into "active". */
  status: SubscriberStatus;
};

export type UpsertSubscriberResult = {
  id: string;
  email: string;
  status: SubscriberStatus;
  created: boolean;
};

/** Creates or updates the subscriber with this e-mail (POST /subscribers): 201 created, 200 updated. */
export async function upsertSubscriber(
  client: MailerLiteClient,
  input: UpsertSubscriberInput,
): Promise<UpsertSubscriberResult> {
  const response = await client.send({ method: "POST", path: "/subscribers", body: input });
  const { data } = parseBody(dataEnvelope(subscriberSchema), response.body, "POST /subscribers");
  return { id: data.id, email: data.email, status: data.status, created: response.status === 201 };
}
