/**
 * What the admin reads about a member's place in MailerLite: work still to do first, then why a member is not
 * there on purpose, so that "synced" is said only of a member MailerLite holds as the app wants.
 */
export function syncStateLabel(member: {
  state: "synced" | "pending" | "failed";
  confirmed: boolean;
  newsletter: boolean;
  newsletterStop: string | null;
}): string {
  // An unconfirmed member is never sent to MailerLite: nothing is waiting for them, whatever the row says.
  if (!member.confirmed && member.state !== "failed") return "not in MailerLite (unconfirmed)";
  if (member.state !== "synced") return member.state;
  if (member.newsletterStop === "unsubscribed") return "unsubscribed in MailerLite";
  if (member.newsletterStop === "bounced") return "bounced in MailerLite";
  if (member.newsletterStop === "junk") return "marked as spam in MailerLite";
  if (member.newsletterStop === "deleted") return "not in MailerLite (deleted there)";
  if (!member.newsletter) return "not in MailerLite (no newsletter)";
  return "synced";
}
