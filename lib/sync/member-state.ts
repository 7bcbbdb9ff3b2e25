/**
 * What MailerLite should hold for one member. Not a subscriber: `erase` (the member was deleted) forgets the
 * subscriber for good (GDPR erasure); otherwise it is only deleted.
 */
export type Desired =
  | { present: false; email: string | null; erase: boolean }
  | { present: true; email: string; name: string; lastName: string; groupIds: string[] };

/**
 * What MailerLite is known to hold. "unknown": a subscriber may exist (an upsert's answer was lost) but its
 * id is not known. `verify`: an earlier request's outcome is uncertain, so the state is read back before the
 * member counts as synced.
 */
export type Remote = {
  state: "absent" | "present" | "unknown";
  subscriberId: string | null;
  name: string | null;
  lastName: string | null;
  groupIds: string[];
  verify: boolean;
};

export const absentRemote: Remote = {
  state: "absent",
  subscriberId: null,
  name: null,
  lastName: null,
  groupIds: [],
  verify: false,
};
