import type {
  MailerLiteError,
  SubscriberOperation,
  SubscriberOutcome,
  SubscriberSnapshot,
} from "@/lib/mailerlite";
import { absentRemote, type Remote } from "../member-state";

/** What the worker does next with a member, after one answer. */
export type NextStep =
  | { kind: "progress"; remote: Remote }
  /** The subscriber the member had is gone from MailerLite: deleted or forgotten there, not by the app. */
  | { kind: "vanished"; remote: Remote; subscriberId: string }
  | { kind: "group-missing"; groupId: string }
  | { kind: "retry"; remote: Remote; error: MailerLiteError; uncertain: boolean }
  | { kind: "fail"; error: MailerLiteError }
  | { kind: "pause"; error: MailerLiteError };

const sorted = (ids: string[]) => [...new Set(ids)].sort();
const removes = (op: SubscriberOperation) => op.kind === "delete" || op.kind === "forget";

function presentRemote(subscriber: SubscriberSnapshot, previous: Remote): Remote {
  return {
    state: "present",
    subscriberId: subscriber.id,
    email: subscriber.email,
    name: subscriber.name,
    lastName: subscriber.lastName,
    groupIds: subscriber.groupIds ?? previous.groupIds,
    status: subscriber.status,
    verify: false,
  };
}

/** What MailerLite holds once `op` was applied (an upsert or a read answers with the subscriber instead). */
function applied(op: SubscriberOperation, remote: Remote): Remote {
  switch (op.kind) {
    case "upsert":
    case "read":
      return remote;
    case "update":
      return { ...remote, name: op.name, lastName: op.lastName };
    case "add-group":
      return { ...remote, groupIds: sorted([...remote.groupIds, op.groupId]) };
    case "remove-group":
      return { ...remote, groupIds: remote.groupIds.filter((id) => id !== op.groupId) };
    case "delete":
    case "forget":
      return { ...absentRemote, verify: remote.verify };
  }
}

/** Folds one outcome into what MailerLite is known to hold, and says what the worker should do next. */
export function applyOutcome(op: SubscriberOperation, remote: Remote, outcome: SubscriberOutcome): NextStep {
  switch (outcome.kind) {
    case "subscriber": {
      const present = presentRemote(outcome.subscriber, remote);
      // An upsert's answer does not settle an earlier uncertain call; a read does.
      return {
        kind: "progress",
        remote: op.kind === "upsert" ? { ...present, verify: remote.verify } : present,
      };
    }
    case "done":
      return { kind: "progress", remote: applied(op, remote) };
    case "subscriber-not-found":
      if (!removes(op) && remote.state === "present" && remote.subscriberId) {
        return { kind: "vanished", remote: absentRemote, subscriberId: remote.subscriberId };
      }
      return { kind: "progress", remote: { ...absentRemote, verify: removes(op) && remote.verify } };
    case "suppressed":
      // The address exists in MailerLite and may not be made active: look it up instead (see planNextOperation).
      return {
        kind: "progress",
        remote: {
          ...remote,
          state: remote.state === "absent" ? "unknown" : remote.state,
          email: remote.state === "absent" && op.kind === "upsert" ? op.email : remote.email,
          status: "unsubscribed",
          verify: true,
        },
      };
    case "group-not-found":
      // Removing a membership of a group that is gone leaves nothing to remove.
      if (op.kind === "remove-group") return { kind: "progress", remote: applied(op, remote) };
      return { kind: "group-missing", groupId: outcome.groupId };
    case "key-rejected":
      return { kind: "pause", error: outcome.error };
    case "refused":
      return { kind: "fail", error: outcome.error };
    case "failed": {
      // What MailerLite holds is uncertain until read back.
      // An upsert that may have made a subscriber: its address is where to look for it.
      const made = op.kind === "upsert" && remote.state !== "present";
      const next: Remote = outcome.maybeApplied
        ? {
            ...remote,
            verify: true,
            state: made ? "unknown" : remote.state,
            email: made ? op.email : remote.email,
          }
        : remote;
      return { kind: "retry", remote: next, error: outcome.error, uncertain: outcome.maybeApplied };
    }
  }
}
