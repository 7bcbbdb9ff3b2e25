import type { NewsletterStopInfo } from "@/lib/members/newsletter-stop";

const day = (at: Date) =>
  at.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The sentence a member reads under the newsletter box on their profile. */
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
