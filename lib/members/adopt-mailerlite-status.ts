import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";
import { markMemberChanged } from "@/lib/outbox/mark-member-changed";
import { transaction } from "@/lib/transaction";
import { believableTime } from "./believable-time";
import { recordDeparture } from "./departed-address";
import { isSuppression, type NewsletterStop } from "./newsletter-stop";

/** What MailerLite reports of one subscriber: its status, or that it is gone (deleted or forgotten). */
export type MailerLiteReport = {
  subscriberId: string | null;
  email: string | null;
  status: "active" | "unconfirmed" | NewsletterStop;
  /** When it became true in MailerLite; an unknown time, or one far ahead of `now`, counts as now. */
  at: Date | null;
  source: "webhook" | "reconciliation" | "sync";
  /** A deletion that is MailerLite's GDPR erasure (a `forget_at`): the person asked to be forgotten. */
  erased?: boolean;
};

const memberFields = {
  id: true,
  email: true,
  mailerliteId: true,
  newsletter: true,
  newsletterStop: true,
  newsletterStoppedAt: true,
  mailerliteStatusAt: true,
} as const;

/**
 * The member the report is about. A webhook names a subscriber by id, and only the member who holds that id
 * matches (a report about a subscriber the app deleted, or one it never knew, changes nothing: the
 * reconciliation pass finds those). A live read (the sync's, the reconciliation's) names its member.
 */
async function findMember(tx: Tx, report: MailerLiteReport, memberId?: string) {
  if (memberId) return tx.user.findUnique({ where: { id: memberId }, select: memberFields });
  if (!report.subscriberId) return null;
  return tx.user.findFirst({ where: { mailerliteId: report.subscriberId }, select: memberFields });
}

type Change = { newsletter: boolean; newsletterStop: string | null; newsletterStoppedAt: Date | null };

function changeFor(
  report: MailerLiteReport,
  at: Date,
  member: { newsletter: boolean; newsletterStop: string | null; newsletterStoppedAt: Date | null },
): Change | null {
  if (isSuppression(report.status) && member.newsletterStop !== report.status) {
    return { newsletter: false, newsletterStop: report.status, newsletterStoppedAt: at };
  }
  if (report.status === "deleted" && (member.newsletter || isSuppression(member.newsletterStop))) {
    return { newsletter: false, newsletterStop: "deleted", newsletterStoppedAt: at };
  }
  const laterThanStop = member.newsletterStoppedAt && at > member.newsletterStoppedAt;
  if (report.status === "active" && isSuppression(member.newsletterStop) && laterThanStop) {
    // The person subscribed again in MailerLite itself (its form): their own click, so the newsletter is on.
    return { newsletter: true, newsletterStop: null, newsletterStoppedAt: null };
  }
  return null;
}

/** The member's address changed and the sync is deleting the subscriber that has the old one. */
async function movingAway(tx: Tx, member: { id: string; email: string }): Promise<boolean> {
  const sync = await tx.memberSync.findUnique({
    where: { memberId: member.id },
    select: { remoteEmail: true },
  });
  return sync?.remoteEmail != null && sync.remoteEmail !== member.email;
}

/** The row changed between the read and the write (another process took a report in): read it again. */
class ReadAgain extends Error {}

/**
 * Takes in what MailerLite says about a member's subscriber, by the ownership rules: MailerLite decides
 * whether the address may be mailed (an unsubscribe, bounce, spam report or deletion there turns the
 * newsletter off, with the reason and time), and only the person can undo a suppression (by subscribing
 * again in MailerLite, which then reports the subscriber active). A status report older than one already
 * taken in changes nothing, so duplicate and out-of-order deliveries are harmless; a deletion applies only
 * to the member's current subscriber, which it forgets. A time more than five minutes after `now` is not
 * believed, neither the report's nor one kept from before. Returns what it did.
 */
export async function adoptMailerLiteStatus(
  report: MailerLiteReport,
  memberId?: string,
  now = new Date(),
): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await adoptOnce(report, memberId, now);
    } catch (error) {
      if (!(error instanceof ReadAgain) || attempt >= 4) throw error;
    }
  }
}

type Member = NonNullable<Awaited<ReturnType<typeof findMember>>>;

/**
 * An erasure in MailerLite: the address is recorded as departed (a keyed hash), so that no import or admin
 * brings the person back; their own sign-up still may. Not when the address belongs to a member holding
 * another subscriber (or none): they came back by themselves since, and this erasure is of an older one.
 */
async function recordErasure(tx: Tx, report: MailerLiteReport, member: Member | null, at: Date) {
  const email = report.email ?? member?.email;
  if (!email) return false;
  const holder =
    member?.email === email
      ? member
      : await tx.user.findUnique({ where: { email }, select: { mailerliteId: true } });
  if (holder && holder.mailerliteId !== report.subscriberId) return false;
  await recordDeparture(tx, email, "mailerlite", at);
  return true;
}

async function adoptOnce(report: MailerLiteReport, memberId: string | undefined, now: Date): Promise<string> {
  const at = believableTime(report.at, now) ?? now;
  return transaction(async (tx) => {
    const member = await findMember(tx, report, memberId);
    const result = await takeIn(tx, report, member, at, now);
    // In the deletion's transaction: both are taken in, or (read again) neither.
    const departed = report.erased && (await recordErasure(tx, report, member, at));
    return departed ? `${result}; the address is recorded as departed` : result;
  });
}

async function takeIn(
  tx: Tx,
  report: MailerLiteReport,
  member: Member | null,
  at: Date,
  now: Date,
): Promise<string> {
  if (!member) return "no member has this subscriber";
  const deletion = report.status === "deleted";
  if (deletion && report.subscriberId && member.mailerliteId !== report.subscriberId) {
    return "not the member's subscriber";
  }
  if (deletion && (await movingAway(tx, member))) return "the member is moving to a new address";
  const known = believableTime(member.mailerliteStatusAt, now);
  if (!deletion && known && at < known) {
    return "older than what the app knows";
  }
  const change = changeFor(report, at, member);
  // A deletion leaves no time behind: with nothing to change, there is nothing to write.
  if (deletion && !change) return "nothing to change";
  // Written only if the row is still as read: a report taken in meanwhile makes this one read again.
  const asRead = {
    id: member.id,
    newsletter: member.newsletter,
    newsletterStop: member.newsletterStop,
    newsletterStoppedAt: member.newsletterStoppedAt,
    mailerliteStatusAt: member.mailerliteStatusAt,
  };
  const stamp = deletion ? {} : { mailerliteStatusAt: at };
  const forget = deletion && change ? { mailerliteId: null } : {};
  const written = await tx.user.updateMany({ where: asRead, data: { ...stamp, ...change, ...forget } });
  if (written.count === 0) throw new ReadAgain();
  if (!change) return "nothing to change";
  if (deletion) {
    // The subscriber is gone: the sync knows no subscriber for the member any more.
    await tx.memberSync.updateMany({
      where: { memberId: member.id, subscriberId: member.mailerliteId },
      data: {
        remoteState: "absent",
        subscriberId: null,
        remoteEmail: null,
        remoteName: null,
        remoteLastName: null,
        remoteGroups: "",
        remoteStatus: null,
      },
    });
  }
  const action = change.newsletter ? "mailerlite.resubscribed" : `mailerlite.${report.status}`;
  await recordAudit(tx, {
    actor: { kind: "system" },
    action,
    subject: member.id,
    detail: `from ${report.source}`,
  });
  await markMemberChanged(tx, member.id);
  return change.newsletter ? "newsletter on again" : `newsletter off (${report.status})`;
}
