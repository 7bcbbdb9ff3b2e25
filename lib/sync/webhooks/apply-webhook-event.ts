import "server-only";
import { readWebhookEvents, type WebhookEventData } from "@/lib/mailerlite";
import { adoptMailerLiteStatus, type MailerLiteReport } from "@/lib/members/adopt-mailerlite-status";
import { believableTime } from "@/lib/members/believable-time";
import { repairGroupMembership } from "./repair-group-membership";

const STATUS_OF_EVENT: Record<string, MailerLiteReport["status"]> = {
  "subscriber.unsubscribed": "unsubscribed",
  "subscriber.bounced": "bounced",
  "subscriber.spam_reported": "junk",
  "subscriber.deleted": "deleted",
};

function reportOf(event: WebhookEventData, receivedAt: Date): MailerLiteReport | null {
  const status = STATUS_OF_EVENT[event.type] ?? event.status;
  if (!status) return null;
  // A deletion carries the subscriber as it was; it happened at the latest when it was delivered. An event
  // dated well after its delivery (a wrong clock, a forged date) counts as happening when it arrived.
  const at = status === "deleted" ? receivedAt : (believableTime(event.at, receivedAt) ?? receivedAt);
  const erased = status === "deleted" && event.forgotten;
  return { subscriberId: event.subscriberId, email: event.email, status, at, source: "webhook", erased };
}

/** Applies one stored webhook event; returns what it did (kept with the event for admins). */
export async function applyWebhookEvent(body: string, receivedAt: Date, now = new Date()): Promise<string> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return "ignored: not JSON";
  }
  const [event] = readWebhookEvents(json) ?? [];
  if (!event) return "ignored: a shape the app does not know";
  if (event.type === "subscriber.added_to_group" || event.type === "subscriber.removed_from_group") {
    if (!event.subscriberId || !event.groupId) return "ignored: no subscriber or group";
    const joined = event.type === "subscriber.added_to_group";
    return repairGroupMembership(event.subscriberId, event.groupId, joined, "webhook");
  }
  const report = reportOf(event, receivedAt);
  return report ? adoptMailerLiteStatus(report, undefined, now) : `ignored: ${event.type} is not used`;
}
