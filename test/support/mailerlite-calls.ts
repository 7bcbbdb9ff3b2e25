import { z } from "zod";
import { MailerLiteError, type MailerLiteClient } from "@/lib/mailerlite";
import { parseBody } from "@/lib/mailerlite/parse-body";
import {
  dataEnvelope,
  groupSchema,
  subscriberSchema,
  type Group,
  type Subscriber,
} from "@/lib/mailerlite/schemas";

/**
 * Typed MailerLite calls for tests that drive the emulator directly (the app itself speaks in subscriber
 * operations, lib/mailerlite/subscriber-operation.ts). A 404 is returned as "not_found" where noted.
 */
type SubscriberStatus = Subscriber["status"];
type Fields = Readonly<Record<string, string | number | null>>;

const id = encodeURIComponent;

async function notFoundAs<T, F>(fallback: F, call: () => Promise<T>): Promise<T | F> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof MailerLiteError && error.code === "not_found") return fallback;
    throw error;
  }
}

export async function upsertSubscriber(
  client: MailerLiteClient,
  input: { email: string; fields?: Fields; groups?: readonly string[]; status: SubscriberStatus },
) {
  const response = await client.send({ method: "POST", path: "/subscribers", body: input });
  const { data } = parseBody(dataEnvelope(subscriberSchema), response.body, "POST /subscribers");
  return { id: data.id, email: data.email, status: data.status, created: response.status === 201 };
}

export function getSubscriber(client: MailerLiteClient, idOrEmail: string): Promise<Subscriber | null> {
  return notFoundAs(null, async () => {
    const response = await client.send({ method: "GET", path: `/subscribers/${id(idOrEmail)}` });
    return parseBody(dataEnvelope(subscriberSchema), response.body, "GET /subscribers/{id}").data;
  });
}

export async function updateSubscriber(
  client: MailerLiteClient,
  subscriberId: string,
  input: { fields?: Fields; groups?: readonly string[]; status?: SubscriberStatus },
): Promise<Subscriber> {
  const response = await client.send({
    method: "PUT",
    path: `/subscribers/${id(subscriberId)}`,
    body: input,
  });
  return parseBody(dataEnvelope(subscriberSchema), response.body, "PUT /subscribers/{id}").data;
}

export function deleteSubscriber(client: MailerLiteClient, subscriberId: string) {
  return notFoundAs("not_found" as const, async () => {
    await client.send({ method: "DELETE", path: `/subscribers/${id(subscriberId)}` });
    return "deleted" as const;
  });
}

const forgetResponseSchema = z.looseObject({
  data: subscriberSchema.extend({ forget_at: z.string().nullish() }),
});

export function forgetSubscriber(client: MailerLiteClient, subscriberId: string) {
  return notFoundAs({ outcome: "not_found" as const }, async () => {
    const response = await client.send({ method: "POST", path: `/subscribers/${id(subscriberId)}/forget` });
    const { data } = parseBody(forgetResponseSchema, response.body, "POST /subscribers/{id}/forget");
    return { outcome: "forgotten" as const, forgetAt: data.forget_at ?? null };
  });
}

export async function addSubscriberToGroup(
  client: MailerLiteClient,
  subscriberId: string,
  groupId: string,
): Promise<Group> {
  const path = `/subscribers/${id(subscriberId)}/groups/${id(groupId)}`;
  const response = await client.send({ method: "POST", path });
  return parseBody(dataEnvelope(groupSchema), response.body, "POST /subscribers/{id}/groups/{group_id}").data;
}

export function removeSubscriberFromGroup(client: MailerLiteClient, subscriberId: string, groupId: string) {
  return notFoundAs("not_found" as const, async () => {
    await client.send({ method: "DELETE", path: `/subscribers/${id(subscriberId)}/groups/${id(groupId)}` });
    return "removed" as const;
  });
}

export function deleteGroup(client: MailerLiteClient, groupId: string) {
  return notFoundAs("not_found" as const, async () => {
    await client.send({ method: "DELETE", path: `/groups/${id(groupId)}` });
    return "deleted" as const;
  });
}
