/** Why MailerLite stopped a member's newsletter: the first three MailerLite keeps (and never lets the app undo). */
export const NEWSLETTER_STOPS = ["unsubscribed", "bounced", "junk", "deleted"] as const;
export type NewsletterStop = (typeof NEWSLETTER_STOPS)[number];

export type NewsletterStopInfo = { reason: NewsletterStop; at: Date };

export const isNewsletterStop = (value: unknown): value is NewsletterStop =>
  (NEWSLETTER_STOPS as readonly unknown[]).includes(value);

/** MailerLite holds the address as one it must not mail, and refuses to make it active again. */
export const isSuppression = (value: unknown): value is Exclude<NewsletterStop, "deleted"> =>
  value === "unsubscribed" || value === "bounced" || value === "junk";

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
