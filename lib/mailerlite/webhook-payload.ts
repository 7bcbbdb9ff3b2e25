import { z } from "zod";
import { SUBSCRIBER_STATUSES } from "./schemas";
import { parseMailerLiteTime } from "./subscriber-snapshot";

/** A MailerLite webhook event, in the few fields the app reads. */
export type WebhookEventData = {
  type: string;
  subscriberId: string | null;
  email: string | null;
  status: (typeof SUBSCRIBER_STATUSES)[number] | null;
  /** When the event's status became true (the unsubscribe time, else the subscriber's last change). */
  at: Date | null;
  groupId: string | null;
  /** The subscriber carries a `forget_at`: MailerLite is erasing it (GDPR), not merely deleting it. */
  forgotten: boolean;
};

const id = z.union([z.string(), z.number()]).transform(String);
const subscriberPart = z.looseObject({
  id: id.optional(),
  email: z.string().optional(),
  status: z.string().optional(),
  unsubscribed_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  forget_at: z.string().nullish(),
});
const eventSchema = z.looseObject({
  type: z.string().optional(),
  event: z.string().optional(),
  subscriber: subscriberPart.optional(),
  group: z.looseObject({ id: id.optional() }).optional(),
});

/**
 * The events of one delivery: a batched `{"events": [...]}` envelope, a group event `{type, subscriber,
 * group}`, or a single subscriber event (the subscriber itself with `event` added). Null for any other
 * shape, which is recorded rather than guessed at.
 */
export function readWebhookEvents(json: unknown): WebhookEventData[] | null {
  const envelope = z.looseObject({ events: z.array(z.unknown()) }).safeParse(json);
  const items = envelope.success ? envelope.data.events : [json];
  const events: WebhookEventData[] = [];
  for (const item of items) {
    const parsed = eventSchema.safeParse(item);
    if (!parsed.success) return null;
    const type = parsed.data.type ?? parsed.data.event;
    const subscriber = parsed.data.subscriber ?? subscriberPart.safeParse(item).data;
    if (!type || (!subscriber?.id && !subscriber?.email)) return null;
    const status = SUBSCRIBER_STATUSES.find((s) => s === subscriber.status) ?? null;
    const time = status === "unsubscribed" ? subscriber.unsubscribed_at : subscriber.updated_at;
    events.push({
      type,
      subscriberId: subscriber.id ?? null,
      email: subscriber.email?.toLowerCase() ?? null,
      status,
      at: parseMailerLiteTime(time ?? subscriber.updated_at),
      groupId: parsed.data.group?.id ?? null,
      forgotten: Boolean(subscriber.forget_at),
    });
  }
  return events;
}
