import {
  groupNotFound,
  noContent,
  ok,
  subscriberNotFound,
  validationFailed,
  type ApiResult,
} from "./api-result";
import { isSubscriberStatus, type StoredSubscriber, type SubscriberStatus } from "./emulator-state";
import { presentForgottenSubscriber, presentGroup, presentSubscriber } from "./present";
import type { RouteContext } from "./route-context";
import { readSubscriberInput, type SubscriberInput } from "./subscriber-input";
import { formatTimestamp } from "./timestamp";
import { forgottenEvent, subscriberEvent } from "./webhook-events";

const UNSUBSCRIBED_MESSAGE = "This subscriber is unsubscribed and cannot be imported";

/**
 * MailerLite refuses to make an unsubscribed address active again (recorded); bounced and junk addresses are
 * refused the same way here, the careful reading of "cannot be imported".
 */
const isSuppressed = (status: SubscriberStatus) =>
  status === "unsubscribed" || status === "bounced" || status === "junk";
const reactivates = (from: SubscriberStatus, to: SubscriberStatus | undefined) =>
  isSuppressed(from) && to !== undefined && !isSuppressed(to);

function setStatus(
  ctx: RouteContext,
  subscriber: StoredSubscriber,
  status: SubscriberStatus,
  now: string,
): void {
  if (status === subscriber.status) return;
  subscriber.status = status;
  if (status === "active") subscriber.subscribed_at ??= now;
  if (status === "unsubscribed") {
    subscriber.unsubscribed_at = now;
    ctx.events.emit(subscriberEvent(ctx.state, "subscriber.unsubscribed", subscriber));
  }
}

/** Non-destructive: fields not sent are kept, groups are only added. */
function apply(ctx: RouteContext, subscriber: StoredSubscriber, input: SubscriberInput, now: string): void {
  Object.assign(subscriber.fields, input.fields ?? {});
  for (const groupId of input.groupIds ?? []) ctx.state.join(subscriber.id, groupId);
  subscriber.updated_at = now;
}

/** POST /subscribers: upsert keyed by the lower-cased e-mail; 201 new, 200 existing. */
export function upsertSubscriber(ctx: RouteContext, body: unknown): ApiResult {
  const { input, errors } = readSubscriberInput(ctx.state, body, true);
  if (errors.length > 0 || input.email === undefined) return validationFailed(errors);
  const now = formatTimestamp(ctx.now());
  const existing = ctx.state.findSubscriber(input.email);

  if (existing) {
    if (reactivates(existing.status, input.status)) {
      return validationFailed([["subscriber", UNSUBSCRIBED_MESSAGE]]);
    }
    // Seen on the real API: an upsert without a status turns "unconfirmed" into "active".
    const status = input.status ?? (existing.status === "unconfirmed" ? "active" : existing.status);
    setStatus(ctx, existing, status, now);
    apply(ctx, existing, input, now);
    ctx.events.emit(subscriberEvent(ctx.state, "subscriber.updated", existing));
    return ok({ data: presentSubscriber(ctx.state, existing) }, 200);
  }

  const status = input.status ?? "active";
  const subscriber: StoredSubscriber = {
    id: ctx.state.nextId(),
    email: input.email,
    status,
    source: "api",
    fields: {},
    subscribed_at: status === "active" ? now : null,
    unsubscribed_at: status === "unsubscribed" ? now : null,
    created_at: now,
    updated_at: now,
  };
  ctx.state.addSubscriber(subscriber);
  apply(ctx, subscriber, input, now);
  ctx.events.emit(subscriberEvent(ctx.state, "subscriber.created", subscriber));
  return ok({ data: presentSubscriber(ctx.state, subscriber) }, 201);
}

export function getSubscriber(ctx: RouteContext, idOrEmail: string): ApiResult {
  const subscriber = ctx.state.findSubscriber(idOrEmail);
  return subscriber ? ok({ data: presentSubscriber(ctx.state, subscriber) }) : subscriberNotFound();
}

/** PUT /subscribers/{id}: merges fields; `fields.email` and a top-level `email` are ignored. */
export function updateSubscriber(ctx: RouteContext, id: string, body: unknown): ApiResult {
  const subscriber = ctx.state.subscribers.get(id);
  if (!subscriber) return subscriberNotFound();
  const { input, errors } = readSubscriberInput(ctx.state, body, false);
  if (errors.length > 0) return validationFailed(errors);
  if (reactivates(subscriber.status, input.status)) {
    return validationFailed([["subscriber", UNSUBSCRIBED_MESSAGE]]);
  }
  const now = formatTimestamp(ctx.now());
  if (input.status) setStatus(ctx, subscriber, input.status, now);
  apply(ctx, subscriber, input, now);
  ctx.events.emit(subscriberEvent(ctx.state, "subscriber.updated", subscriber));
  return ok({ data: presentSubscriber(ctx.state, subscriber) });
}

export function deleteSubscriber(ctx: RouteContext, id: string): ApiResult {
  const subscriber = ctx.state.subscribers.get(id);
  if (!subscriber) return subscriberNotFound();
  ctx.state.removeSubscriber(id);
  ctx.events.emit(subscriberEvent(ctx.state, "subscriber.deleted", subscriber));
  return noContent();
}

/** POST /subscribers/{id}/forget: gone at once here; MailerLite finishes within 30 days. */
export function forgetSubscriber(ctx: RouteContext, id: string): ApiResult {
  const subscriber = ctx.state.subscribers.get(id);
  if (!subscriber) return subscriberNotFound();
  const now = ctx.now();
  const data = presentForgottenSubscriber(ctx.state, subscriber, now);
  ctx.events.emit(forgottenEvent(ctx.state, subscriber, now));
  ctx.state.removeSubscriber(id);
  return ok({ data, message: "Subscriber data will be completely deleted and forgotten within 30 days." });
}

export function addToGroup(ctx: RouteContext, subscriberId: string, groupId: string): ApiResult {
  if (!ctx.state.subscribers.has(subscriberId)) return subscriberNotFound();
  const group = ctx.state.groups.get(groupId);
  if (!group) return groupNotFound(groupId);
  ctx.state.join(subscriberId, groupId);
  const subscriber = ctx.state.subscribers.get(subscriberId)!;
  ctx.events.emit(subscriberEvent(ctx.state, "subscriber.added_to_group", subscriber, group));
  return ok({ data: presentGroup(ctx.state, group) });
}

export function removeFromGroup(ctx: RouteContext, subscriberId: string, groupId: string): ApiResult {
  if (!ctx.state.subscribers.has(subscriberId)) return subscriberNotFound();
  const group = ctx.state.groups.get(groupId);
  if (!group) return groupNotFound(groupId);
  ctx.state.leave(subscriberId, groupId);
  const subscriber = ctx.state.subscribers.get(subscriberId)!;
  ctx.events.emit(subscriberEvent(ctx.state, "subscriber.removed_from_group", subscriber, group));
  return noContent();
}

type Cursor = { after: string };

function encodeCursor(after: string): string {
  return Buffer.from(JSON.stringify({ id: after, _pointsToNextItems: true })).toString("base64url");
}

function decodeCursor(cursor: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof parsed === "object" && parsed !== null && "id" in parsed && typeof parsed.id === "string") {
      return { after: parsed.id };
    }
  } catch {
    // falls through to null
  }
  return null;
}

/** GET /subscribers: cursor pagination in id order; limit=0 answers only the total. */
export function listSubscribers(ctx: RouteContext, query: URLSearchParams): ApiResult {
  const limitText = query.get("limit") ?? "25";
  const status = query.get("filter[status]");
  const cursorText = query.get("cursor");
  const cursor = cursorText ? decodeCursor(cursorText) : null;
  const errors: [string, string][] = [];
  if (!/^\d+$/.test(limitText) || Number(limitText) > 1000) {
    errors.push(["limit", "The limit must be an integer between 0 and 1000."]);
  }
  if (status !== null && !isSubscriberStatus(status)) {
    errors.push(["filter.status", "The selected filter.status is invalid."]);
  }
  if (cursorText && !cursor) errors.push(["cursor", "The cursor is invalid."]);
  if (errors.length > 0) return validationFailed(errors);

  const all = [...ctx.state.subscribers.values()].filter((s) => status === null || s.status === status);
  const limit = Number(limitText);
  if (limit === 0) return ok({ total: all.length });

  const start = cursor ? all.findIndex((s) => BigInt(s.id) > BigInt(cursor.after)) : 0;
  const page = start < 0 ? [] : all.slice(start, start + limit);
  const last = page.at(-1);
  const hasMore = start >= 0 && start + limit < all.length;
  const nextCursor = hasMore && last ? encodeCursor(last.id) : null;
  const path = `${ctx.apiUrl}/subscribers`;
  const withGroups = (query.get("include") ?? "").split(",").includes("groups");

  return ok({
    data: page.map((s) => presentSubscriber(ctx.state, s, withGroups)),
    links: { first: null, last: null, prev: null, next: nextCursor ? `${path}?cursor=${nextCursor}` : null },
    meta: { path, per_page: limit, next_cursor: nextCursor, prev_cursor: null },
  });
}
