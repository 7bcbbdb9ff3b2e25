import type { SubscriberStatus } from "@/lib/mailerlite";

/**
 * What MailerLite should hold for one member. Not a subscriber: `erase` (the member was deleted) forgets the
 * subscriber for good (GDPR erasure); otherwise it is only deleted. `suppressed`: MailerLite stopped the
 * newsletter (unsubscribe, bounce, spam report), so the subscriber is kept as MailerLite's record of it, its
 * fields and groups in step, and never made active again.
 */
export type Desired =
  | { present: false; email: string | null; erase: boolean }
  | {
      present: true;
      email: string;
      name: string;
      lastName: string;
      groupIds: string[];
      /** How MailerLite stopped the newsletter (null: it did not). */
      suppressed: "unsubscribed" | "bounced" | "junk" | null;
    };

/**
 * What MailerLite is known to hold. "unknown": a subscriber may exist (an upsert's answer was lost) but its
 * id is not known. `verify`: an earlier request's outcome is uncertain, so the state is read back before the
 * member counts as synced.
 */
export type Remote = {
  state: "absent" | "present" | "unknown";
  subscriberId: string | null;
  /** The subscriber's address; while "unknown", the address an uncertain upsert was sent for (null: not known). */
  email: string | null;
  name: string | null;
  lastName: string | null;
  groupIds: string[];
  /** The subscriber's status as MailerLite last answered it (null: not known). */
  status: SubscriberStatus | null;
  verify: boolean;
};

/** MailerLite will not mail this subscriber, and refuses to make it active again. */
export const isSuppressedStatus = (status: SubscriberStatus | null) =>
  status === "unsubscribed" || status === "bounced" || status === "junk";

export const absentRemote: Remote = {
  state: "absent",
  subscriberId: null,
  email: null,
  name: null,
  lastName: null,
  groupIds: [],
  status: null,
  verify: false,
};
