/** What a link for an address change is stored under: one member, one new address. */
export const emailChangeIdentifier = (memberId: string, newEmail: string) =>
  `email-change:${memberId}:${newEmail}`;

/** What the "keep my old address" link of the notice to the old address is stored under. */
export const keepOldEmailIdentifier = (memberId: string, oldEmail: string) =>
  `email-change-undo:${memberId}:${oldEmail}`;

/** The "keep my old address" link works for 7 days: the owner of the old address may read the notice late. */
export const KEEP_OLD_EMAIL_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
