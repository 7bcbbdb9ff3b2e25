import { MailerLiteError, subscriberSchema } from "@/lib/mailerlite";
import { absentRemote, changesRemote, type Operation, type Remote } from "./member-state";

export type Outcome = { ok: true; status: number; body: unknown } | { ok: false; error: MailerLiteError };

export type Applied =
  | { kind: "progress"; remote: Remote }
  | { kind: "group-missing"; groupId: string }
  | { kind: "retry"; remote: Remote; error: MailerLiteError; uncertain: boolean }
  | { kind: "fail"; error: MailerLiteError }
  | { kind: "pause"; error: MailerLiteError };

function remoteFromSubscriber(body: unknown, previous: Remote): Remote | null {
  const data = (body as { data?: unknown } | null)?.data;
  const parsed = subscriberSchema.safeParse(data);
  if (!parsed.success) return null;
  const subscriber = parsed.data;
  return {
    state: "present",
    subscriberId: subscriber.id,
    name: String(subscriber.fields?.name ?? ""),
    lastName: String(subscriber.fields?.last_name ?? ""),
    groupIds: subscriber.groups ? subscriber.groups.map((group) => group.id).sort() : previous.groupIds,
    verify: false,
  };
}

const sorted = (ids: string[]) => [...new Set(ids)].sort();

/** Folds one answer into what MailerLite is known to hold, and says what the worker should do next. */
export function applyOutcome(op: Operation, remote: Remote, outcome: Outcome): Applied {
  if (outcome.ok) {
    switch (op.kind) {
      case "upsert": {
        const next = remoteFromSubscriber(outcome.body, remote);
        if (!next) return { kind: "retry", remote, error: badBody(op), uncertain: true };
        return { kind: "progress", remote: { ...next, verify: remote.verify } };
      }
      case "update":
        return { kind: "progress", remote: { ...remote, name: op.name, lastName: op.lastName } };
      case "add-group":
        return {
          kind: "progress",
          remote: { ...remote, groupIds: sorted([...remote.groupIds, op.groupId]) },
        };
      case "remove-group":
        return {
          kind: "progress",
          remote: { ...remote, groupIds: remote.groupIds.filter((id) => id !== op.groupId) },
        };
      case "delete":
        return { kind: "progress", remote: { ...absentRemote, verify: remote.verify } };
      case "read": {
        const next = remoteFromSubscriber(outcome.body, remote);
        return { kind: "progress", remote: next ?? absentRemote };
      }
    }
  }

  const { error } = outcome;
  if (error.code === "unauthorized" || error.code === "forbidden") return { kind: "pause", error };
  const missingGroup = op.kind === "upsert" ? groupRefusedByUpsert(op.groupIds, error) : null;
  if (missingGroup) return { kind: "group-missing", groupId: missingGroup };
  if (error.code === "not_found") {
    switch (op.kind) {
      case "add-group":
        if (/Group/.test(error.message)) return { kind: "group-missing", groupId: op.groupId };
        return { kind: "progress", remote: absentRemote };
      case "update":
        return { kind: "progress", remote: absentRemote };
      case "remove-group":
        if (/Subscriber/.test(error.message)) return { kind: "progress", remote: absentRemote };
        return {
          kind: "progress",
          remote: { ...remote, groupIds: remote.groupIds.filter((id) => id !== op.groupId) },
        };
      case "delete":
      case "read":
        return {
          kind: "progress",
          remote: { ...absentRemote, verify: op.kind === "delete" && remote.verify },
        };
      case "upsert":
        return { kind: "fail", error };
    }
  }
  if (!error.retryable) return { kind: "fail", error };

  // A timeout, a dropped connection or a 5xx may have been applied all the same: read back before trusting.
  const uncertain = changesRemote(op) && error.code !== "rate_limited";
  const next: Remote = uncertain
    ? {
        ...remote,
        verify: true,
        state: op.kind === "upsert" && remote.state === "absent" ? "unknown" : remote.state,
      }
    : remote;
  return { kind: "retry", remote: next, error, uncertain };
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

function badBody(op: Operation): MailerLiteError {
  return new MailerLiteError({
    code: "server",
    message: `MailerLite's answer to ${op.kind} could not be read`,
  });
}
