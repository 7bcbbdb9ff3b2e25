import type { BatchRequest } from "./batch";

/** One call that changes (or reads) a subscriber: the vocabulary the sync plans in. */
export type SubscriberOperation =
  /** `status`: MailerLite's record of a stopped newsletter, for a suppressed member's new address. */
  | {
      kind: "upsert";
      email: string;
      name: string;
      lastName: string;
      groupIds: string[];
      status?: "unsubscribed" | "bounced" | "junk";
    }
  | { kind: "update"; subscriberId: string; name: string; lastName: string }
  | { kind: "add-group"; subscriberId: string; groupId: string }
  | { kind: "remove-group"; subscriberId: string; groupId: string }
  | { kind: "delete"; subscriberId: string }
  /** The GDPR erasure: MailerLite deletes the subscriber and, within 30 days, all its data. */
  | { kind: "forget"; subscriberId: string }
  /** By subscriber id or e-mail address. */
  | { kind: "read"; key: string };

const segment = encodeURIComponent;

/** The one HTTP request an operation is, usable alone or inside a batch. */
export function subscriberRequest(op: SubscriberOperation): BatchRequest {
  switch (op.kind) {
    case "upsert":
      return {
        method: "POST",
        path: "/subscribers",
        body: {
          email: op.email,
          fields: { name: op.name, last_name: op.lastName },
          groups: op.groupIds,
          // Sent explicitly: an upsert without a status was seen to turn "unconfirmed" into "active".
          status: op.status ?? "active",
        },
      };
    case "update":
      return {
        method: "PUT",
        path: `/subscribers/${segment(op.subscriberId)}`,
        body: { fields: { name: op.name, last_name: op.lastName } },
      };
    case "add-group":
      return {
        method: "POST",
        path: `/subscribers/${segment(op.subscriberId)}/groups/${segment(op.groupId)}`,
      };
    case "remove-group":
      return {
        method: "DELETE",
        path: `/subscribers/${segment(op.subscriberId)}/groups/${segment(op.groupId)}`,
      };
    case "delete":
      return { method: "DELETE", path: `/subscribers/${segment(op.subscriberId)}` };
    case "forget":
      return { method: "POST", path: `/subscribers/${segment(op.subscriberId)}/forget` };
    case "read":
      return { method: "GET", path: `/subscribers/${segment(op.key)}` };
  }
}
