import { groupNotFound, noContent, ok, subscriberNotFound, type ApiResult } from "./api-result";
import type { EmulatorState, SubscriberStatus } from "./emulator-state";
import { presentSubscriber } from "./present";
import { formatTimestamp } from "./timestamp";
import {
  forgottenEvent,
  subscriberEvent,
  type EventOptions,
  type EventSink,
  type WebhookEventType,
} from "./webhook-events";

/** What a person or the account owner does inside MailerLite, outside the API. */
export const HAND_ACTIONS = ["unsubscribe", "bounce", "spam", "resubscribe", "delete", "forget"] as const;
export type HandAction = (typeof HAND_ACTIONS)[number];

const STATUS_CHANGES: Record<string, [SubscriberStatus, WebhookEventType]> = {
  unsubscribe: ["unsubscribed", "subscriber.unsubscribed"],
  bounce: ["bounced", "subscriber.bounced"],
  spam: ["junk", "subscriber.spam_reported"],
  // The person subscribes again through a MailerLite form.
  resubscribe: ["active", "subscriber.updated"],
};

export type HandContext = { state: EmulatorState; events: EventSink; now: () => number };

export function actOnSubscriber(
  ctx: HandContext,
  idOrEmail: string,
  action: HandAction,
  options: EventOptions,
): ApiResult {
  const subscriber = ctx.state.findSubscriber(idOrEmail);
  if (!subscriber) return subscriberNotFound();
  const now = formatTimestamp(ctx.now());
  const change = STATUS_CHANGES[action];
  if (change) {
    const [status, type] = change;
    subscriber.status = status;
    subscriber.updated_at = now;
    subscriber.unsubscribed_at =
      status === "unsubscribed" ? now : status === "active" ? null : subscriber.unsubscribed_at;
    if (status === "active") subscriber.subscribed_at = now;
    ctx.events.emit(subscriberEvent(ctx.state, type, subscriber), options);
    return ok({ data: presentSubscriber(ctx.state, subscriber) });
  }
  const event =
    action === "forget"
      ? forgottenEvent(ctx.state, subscriber, ctx.now())
      : subscriberEvent(ctx.state, "subscriber.deleted", subscriber);
  ctx.events.emit(event, options);
  ctx.state.removeSubscriber(subscriber.id);
  return noContent();
}

/** Adds or removes a membership by hand, as the account owner can in MailerLite's dashboard. */
export function changeGroupByHand(
  ctx: HandContext,
  subscriberId: string,
  groupId: string,
  join: boolean,
  options: EventOptions,
): ApiResult {
  const subscriber = ctx.state.subscribers.get(subscriberId);
  if (!subscriber) return subscriberNotFound();
  const group = ctx.state.groups.get(groupId);
  if (!group) return groupNotFound(groupId);
  if (join) ctx.state.join(subscriberId, groupId);
  else ctx.state.leave(subscriberId, groupId);
  const type = join ? "subscriber.added_to_group" : "subscriber.removed_from_group";
  ctx.events.emit(subscriberEvent(ctx.state, type, subscriber, group), options);
  return noContent();
}
