import { MailerLiteError } from "./errors";
import { subscriberSchema } from "./schemas";
import type { SubscriberOperation } from "./subscriber-operation";
import { snapshotOfSubscriber, type SubscriberSnapshot } from "./subscriber-snapshot";

/** How one subscriber operation ended, in the sync's terms. */
export type SubscriberOutcome =
  /** An upsert or a read answered with the subscriber. */
  | { kind: "subscriber"; subscriber: SubscriberSnapshot }
  /** Any other operation was applied. */
  | { kind: "done" }
  | { kind: "subscriber-not-found" }
  | { kind: "group-not-found"; groupId: string }
  /** MailerLite keeps this address unsubscribed (or bounced, or junk): it refuses to make it active again. */
  | { kind: "suppressed"; error: MailerLiteError }
  /** The API key is refused: nothing will work until it changes. */
  | { kind: "key-rejected"; error: MailerLiteError }
  /** MailerLite refused this data (e.g. 422); sending it again would not help. */
  | { kind: "refused"; error: MailerLiteError }
  /** Worth trying again later; `maybeApplied` when MailerLite may have applied it all the same. */
  | { kind: "failed"; error: MailerLiteError; maybeApplied: boolean };

export type RawResult = { ok: true; body: unknown } | { ok: false; error: MailerLiteError };

function snapshotOf(body: unknown): SubscriberSnapshot | null {
  const parsed = subscriberSchema.safeParse((body as { data?: unknown } | null)?.data);
  return parsed.success ? snapshotOfSubscriber(parsed.data) : null;
}

/** "This subscriber is unsubscribed and cannot be imported" (a 422 on an upsert that asks for "active"). */
function refusesReactivation(error: MailerLiteError): boolean {
  const texts = [error.message, ...Object.values(error.fieldErrors ?? {}).flat()];
  return error.code === "validation" && texts.some((text) => /cannot be imported/i.test(text));
}

/** An upsert naming a group MailerLite no longer has is refused with 422 on `groups.N`. */
function groupRefusedByUpsert(groupIds: string[], error: MailerLiteError): string | null {
  if (error.code !== "validation") return null;
  for (const key of Object.keys(error.fieldErrors ?? {})) {
    const index = /^groups\.(\d+)$/.exec(key)?.[1];
    if (index !== undefined && groupIds[Number(index)]) return groupIds[Number(index)]!;
  }
  return null;
}

function notFoundOutcome(op: SubscriberOperation, error: MailerLiteError): SubscriberOutcome {
  // A 404 that names neither model (a proxy's, a wrong path) proves nothing about the subscriber.
  if (error.missing === undefined && op.kind !== "delete" && op.kind !== "forget" && op.kind !== "upsert") {
    return { kind: "failed", error, maybeApplied: false };
  }
  switch (op.kind) {
    case "add-group":
      return error.missing === "group"
        ? { kind: "group-not-found", groupId: op.groupId }
        : { kind: "subscriber-not-found" };
    case "remove-group":
      return error.missing === "subscriber"
        ? { kind: "subscriber-not-found" }
        : { kind: "group-not-found", groupId: op.groupId };
    case "upsert":
      return { kind: "refused", error };
    default:
      return { kind: "subscriber-not-found" };
  }
}

/**
 * A 2xx answer that does not read as a subscriber: MailerLite changed or misbehaved. An upsert was applied
 * all the same (read it back before trusting anything); a read is tried again later.
 */
function unreadable(op: SubscriberOperation, body: unknown): SubscriberOutcome {
  const error = new MailerLiteError({
    code: "bad_response",
    message: `MailerLite's answer to ${op.kind} could not be read`,
    cause: body,
  });
  return { kind: "failed", error, maybeApplied: op.kind !== "read" };
}

/** Reads MailerLite's answer to `op` (or the error it ended in) as an outcome. */
export function subscriberOutcome(op: SubscriberOperation, result: RawResult): SubscriberOutcome {
  if (result.ok) {
    if (op.kind !== "upsert" && op.kind !== "read") return { kind: "done" };
    const subscriber = snapshotOf(result.body);
    return subscriber ? { kind: "subscriber", subscriber } : unreadable(op, result.body);
  }
  const { error } = result;
  if (error.keyRejected) return { kind: "key-rejected", error };
  if (op.kind === "upsert") {
    const groupId = groupRefusedByUpsert(op.groupIds, error);
    if (groupId) return { kind: "group-not-found", groupId };
    if (refusesReactivation(error)) return { kind: "suppressed", error };
  }
  if (error.code === "not_found") return notFoundOutcome(op, error);
  if (!error.retryable) return { kind: "refused", error };
  // A timeout, a dropped connection or a 5xx may have been applied all the same; a 429 never is.
  return { kind: "failed", error, maybeApplied: op.kind !== "read" && error.code !== "rate_limited" };
}
