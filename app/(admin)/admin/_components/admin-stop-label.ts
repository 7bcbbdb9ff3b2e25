import type { NewsletterStop, NewsletterStopInfo } from "@/lib/members/newsletter-stop";

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
