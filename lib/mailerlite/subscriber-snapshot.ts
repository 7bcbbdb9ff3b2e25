import type { Subscriber, SubscriberStatus } from "./schemas";

/**
 * What MailerLite holds of a subscriber, as far as the app cares. `groupIds` is null when not listed;
 * `statusAt` is when the status became true there (its unsubscribe time, else its last change).
 */
export type SubscriberSnapshot = {
  id: string;
  email: string;
  name: string;
  lastName: string;
  status: SubscriberStatus;
  statusAt: Date | null;
  groupIds: string[] | null;
};

/** MailerLite's "YYYY-MM-DD HH:MM:SS" (UTC) or an ISO time; null when absent or unreadable. */
export function parseMailerLiteTime(value: string | null | undefined): Date | null {
  if (!value) return null;
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(" ", "T")}Z` : value;
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? null : time;
}

export function snapshotOfSubscriber(subscriber: Subscriber): SubscriberSnapshot {
  const { id, email, status, fields, groups } = subscriber;
  const changedAt = status === "unsubscribed" ? subscriber.unsubscribed_at : subscriber.updated_at;
  return {
    id,
    email: email.toLowerCase(),
    name: String(fields?.name ?? ""),
    lastName: String(fields?.last_name ?? ""),
    status,
    statusAt: parseMailerLiteTime(changedAt ?? subscriber.updated_at),
    groupIds: groups ? groups.map((group) => group.id).sort() : null,
  };
}
