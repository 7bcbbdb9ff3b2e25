/** Why MailerLite stopped a member's newsletter: the first three MailerLite keeps (and never lets the app undo). */
export const NEWSLETTER_STOPS = ["unsubscribed", "bounced", "junk", "deleted"] as const;
export type NewsletterStop = (typeof NEWSLETTER_STOPS)[number];

export type NewsletterStopInfo = { reason: NewsletterStop; at: Date };

export const isNewsletterStop = (value: unknown): value is NewsletterStop =>
  (NEWSLETTER_STOPS as readonly unknown[]).includes(value);

/** MailerLite holds the address as one it must not mail, and refuses to make it active again. */
export const isSuppression = (value: unknown): value is Exclude<NewsletterStop, "deleted"> =>
  value === "unsubscribed" || value === "bounced" || value === "junk";

const STOP_LABELS: Record<NewsletterStop, string> = {
  unsubscribed: "unsubscribed",
  bounced: "bounced",
  junk: "marked as spam",
  deleted: "deleted",
};

/** For admins: "No: unsubscribed in MailerLite 2026-11-29 10:15:00 UTC". */
export function adminStopLabel(
  { reason, at }: NewsletterStopInfo,
  formatTime: (date: Date) => string,
): string {
  return `No: ${STOP_LABELS[reason]} in MailerLite ${formatTime(at)}`;
}

const day = (at: Date) =>
  at.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The sentence a member reads under the newsletter box, and an admin beside the member. */
export function describeNewsletterStop({ reason, at }: NewsletterStopInfo): string {
  switch (reason) {
    case "unsubscribed":
      return `You unsubscribed from the newsletter on ${day(at)}, through a link in one of our e-mails.`;
    case "bounced":
      return `Our e-mails to your address bounced on ${day(at)}, so the newsletter was stopped.`;
    case "junk":
      return `One of our e-mails was reported as spam from your address on ${day(at)}, so the newsletter was stopped.`;
    case "deleted":
      return `Your newsletter subscription was removed in our mailing service on ${day(at)}.`;
  }
}

/** Why the box cannot be ticked again from here, and what the member can do instead. */
export function resubscribeRefusal(reason: Exclude<NewsletterStop, "deleted">): string {
  const what =
    reason === "unsubscribed"
      ? "unsubscribed"
      : reason === "bounced"
        ? "bounced"
        : "reported our e-mail as spam";
  return (
    `MailerLite, which sends our newsletter, does not let the club subscribe an address again once it has ${what}. ` +
    "To get the newsletter again, subscribe yourself through the club's MailerLite sign-up form " +
    "(ask the organisers for it): this box will tick itself once MailerLite tells us."
  );
}
