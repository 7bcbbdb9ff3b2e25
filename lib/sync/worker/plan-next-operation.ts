import type { SubscriberOperation } from "@/lib/mailerlite";
import { isSuppressedStatus, type Desired, type Remote } from "../member-state";

/**
 * The next call that brings MailerLite closer to what the member chose, or null when it already matches.
 * Called again after every answer, so a burst of changes collapses into the calls the end state needs.
 * No call it plans can make a subscriber active again once MailerLite suppressed it: an upsert is planned
 * only for an address not known to be suppressed (or asks for the suppressed status), and updates never carry a
 * status. A member whose address changed moves: the subscriber with the old address is deleted (MailerLite
 * does not change a subscriber's address), then one with the new address is made, with the same fields and
 * groups, and unsubscribed again if MailerLite had suppressed the member.
 */
export function planNextOperation(desired: Desired, remote: Remote): SubscriberOperation | null {
  if (desired.present) {
    if (remote.state === "unknown" && remote.email && remote.email !== desired.email) {
      // A subscriber may have been made for the member's earlier address: found, it is moved; absent, forgotten.
      return { kind: "read", key: remote.email };
    }
    if (remote.state !== "present" || !remote.subscriberId) {
      // A suppressed address is never upserted (that asks MailerLite to make it active): it is looked up.
      const { email, name, lastName, groupIds } = desired;
      if (desired.suppressed || isSuppressedStatus(remote.status)) {
        const lookUp = remote.state === "unknown" || remote.verify || isSuppressedStatus(remote.status);
        if (lookUp) return { kind: "read", key: desired.email };
        // Known to be absent (the member moved to a new address): MailerLite's record of the stop, again.
        return {
          kind: "upsert",
          email,
          name,
          lastName,
          groupIds,
          status: desired.suppressed ?? "unsubscribed",
        };
      }
      return { kind: "upsert", email, name, lastName, groupIds };
    }
    const subscriberId = remote.subscriberId;
    if (remote.email !== null && remote.email !== desired.email) return { kind: "delete", subscriberId };
    if (remote.name !== desired.name || remote.lastName !== desired.lastName) {
      return { kind: "update", subscriberId, name: desired.name, lastName: desired.lastName };
    }
    const toAdd = desired.groupIds.find((id) => !remote.groupIds.includes(id));
    if (toAdd) return { kind: "add-group", subscriberId, groupId: toAdd };
    const toRemove = remote.groupIds.find((id) => !desired.groupIds.includes(id));
    if (toRemove) return { kind: "remove-group", subscriberId, groupId: toRemove };
    return remote.verify ? { kind: "read", key: subscriberId } : null;
  }
  if (remote.subscriberId && remote.state !== "absent") {
    const { subscriberId } = remote;
    return desired.erase ? { kind: "forget", subscriberId } : { kind: "delete", subscriberId };
  }
  if (remote.state === "unknown" || remote.verify) {
    const key = remote.email ?? desired.email;
    return key ? { kind: "read", key } : null;
  }
  return null;
}
