/** What a link for an address change is stored under: one member, one new address. */
export const emailChangeIdentifier = (memberId: string, newEmail: string) =>
  `email-change:${memberId}:${newEmail}`;
