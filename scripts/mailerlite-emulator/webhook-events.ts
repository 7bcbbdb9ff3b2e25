import type { EmulatorState, StoredGroup, StoredSubscriber } from "./emulator-state";
import { presentForgottenSubscriber, presentGroup, presentSubscriber } from "./present";

export const WEBHOOK_EVENTS = [
  "subscriber.created",
  "subscriber.updated",
  "subscriber.unsubscribed",
  "subscriber.added_to_group",
  "subscriber.removed_from_group",
  "subscriber.bounced",
  "subscriber.automation_triggered",
  "subscriber.automation_completed",
  "subscriber.spam_reported",
  "subscriber.deleted",
  "campaign.sent",
  "campaign.click",
  "campaign.open",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/** Delivered only to a webhook made with `batchable: true`. */
export const BATCH_ONLY_EVENTS: readonly WebhookEventType[] = [
  "subscriber.deleted",
  "campaign.click",
  "campaign.open",
];

/** One event as a batchable webhook lists it: `{type, subscriber, group?}`. */
export type WebhookEvent = { type: WebhookEventType; subscriber: Record<string, unknown>; group?: unknown };

export type EventOptions = {
  /** false: the event happens but its delivery is lost (the webhook never receives it). */
  deliver?: boolean;
};

/** Where routes report what happened; a batch's calls report nothing (MailerLite fires no webhook for them). */
export type EventSink = {
  emit(event: WebhookEvent, options?: EventOptions): void;
};

export const silentEvents: EventSink = { emit: () => {} };

export function subscriberEvent(
  state: EmulatorState,
  type: WebhookEventType,
  subscriber: StoredSubscriber,
  group?: StoredGroup,
): WebhookEvent {
  const event: WebhookEvent = { type, subscriber: presentSubscriber(state, subscriber, false) };
  if (group) event.group = presentGroup(state, group);
  return event;
}

/** `subscriber.deleted` for a forgotten subscriber: it carries `deleted_at` and `forget_at`, as the forget answer. */
export function forgottenEvent(
  state: EmulatorState,
  subscriber: StoredSubscriber,
  now: number,
): WebhookEvent {
  return {
    type: "subscriber.deleted",
    subscriber: presentForgottenSubscriber(state, subscriber, now, false),
  };
}

/** A non-batchable delivery: a subscriber event is the subscriber itself with `event` added; a group one nests. */
export function singleBody(event: WebhookEvent, accountId: string): Record<string, unknown> {
  if (event.group) return { ...event, account_id: accountId };
  return { ...event.subscriber, event: event.type, account_id: accountId, api_version: "v2" };
}
