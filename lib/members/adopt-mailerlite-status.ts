import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";
import { markMemberChanged } from "@/lib/sync/mark-member-changed";
import { transaction } from "@/lib/transaction";
import { isSuppression, type NewsletterStop } from "./newsletter-stop";

/** What MailerLite reports of one subscriber: its status, or that it is gone (deleted or forgotten). */
export type MailerLiteReport = {
  subscriberId: string | null;
  email: string | null;
  status: "active" | "unconfirmed" | NewsletterStop;
  /** When it became true in MailerLite; an unknown time counts as now. */
  at: Date | null;
  source: "webhook" | "reconciliation" | "sync";
};

const memberFields = {
  id: true,
  mailerliteId: true,
  newsletter: true,
  newsletterStop: true,
  newsletterStoppedAt: true,
  mailerliteStatusAt: true,
} as const;

async function findMember(tx: Tx, report: MailerLiteReport, memberId?: string) {
  if (memberId) return tx.user.findUnique({ where: { id: memberId }, select: memberFields });
  if (report.subscriberId) {
    const byId = await tx.user.findFirst({
      where: { mailerliteId: report.subscriberId },
      select: memberFields,
    });
    if (byId) return byId;
  }
  if (!report.email) return null;
  const byEmail = await tx.user.findUnique({
    where: { email: report.email.toLowerCase() },
    select: memberFields,
  });
  // An address whose member already has another subscriber: the report is about an older one.
  if (byEmail?.mailerliteId && report.subscriberId && byEmail.mailerliteId !== report.subscriberId)
    return null;
  return byEmail;
}

/**
 * Takes in what MailerLite says about a member's subscriber, by the ownership rules: MailerLite decides
 * whether the address may be mailed (an unsubscribe, bounce, spam report or deletion there turns the
 * newsletter off, with the reason and time), and only the person can undo a suppression (by subscribing
 * again in MailerLite, which then reports the subscriber active). A report older than one already taken
 * in changes nothing, so duplicate and out-of-order deliveries are harmless. Returns what it did.
 */
export async function adoptMailerLiteStatus(report: MailerLiteReport, memberId?: string): Promise<string> {
  const at = report.at ?? new Date();
  return transaction(async (tx) => {
    const member = await findMember(tx, report, memberId);
    if (!member) return "no member has this subscriber";
    // Only the member's own subscriber can be gone: an older one was deleted by the app itself.
    if (report.status === "deleted" && report.subscriberId && member.mailerliteId !== report.subscriberId) {
      return "not the member's subscriber";
    }
    if (member.mailerliteStatusAt && at < member.mailerliteStatusAt) return "older than what the app knows";
    const newer = { id: member.id, OR: [{ mailerliteStatusAt: null }, { mailerliteStatusAt: { lte: at } }] };

    let change: {
      newsletter: boolean;
      newsletterStop: string | null;
      newsletterStoppedAt: Date | null;
    } | null = null;
    if (isSuppression(report.status) && member.newsletterStop !== report.status) {
      change = { newsletter: false, newsletterStop: report.status, newsletterStoppedAt: at };
    } else if (report.status === "deleted" && (member.newsletter || isSuppression(member.newsletterStop))) {
      change = { newsletter: false, newsletterStop: "deleted", newsletterStoppedAt: at };
    } else if (
      report.status === "active" &&
      isSuppression(member.newsletterStop) &&
      member.newsletterStoppedAt &&
      at > member.newsletterStoppedAt
    ) {
      // The person subscribed again in MailerLite itself (its form): their own click, so the newsletter is on.
      change = { newsletter: true, newsletterStop: null, newsletterStoppedAt: null };
    }

    const written = await tx.user.updateMany({ where: newer, data: { mailerliteStatusAt: at, ...change } });
    if (written.count === 0) return "older than what the app knows";
    if (!change) return "nothing to change";
    const action = change.newsletter ? "mailerlite.resubscribed" : `mailerlite.${report.status}`;
    await recordAudit(tx, {
      actor: { kind: "system" },
      action,
      subject: member.id,
      detail: `from ${report.source}`,
    });
    await markMemberChanged(tx, member.id);
    return change.newsletter ? "newsletter on again" : `newsletter off (${report.status})`;
  });
}
