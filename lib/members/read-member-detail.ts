import "server-only";
import { db } from "@/lib/db";
import { interestNameByGroup, memberRecordSelect } from "./member-record";
import { isNewsletterStop, type NewsletterStopInfo } from "./newsletter-stop";

export const HISTORY_LIMIT = 100;

export type MemberDetail = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  joinedAt: Date;
  confirmedAt: Date | null;
  newsletter: boolean;
  newsletterStop: NewsletterStopInfo | null;
  interests: string[];
  mailerlite: {
    subscriberId: string | null;
    /** What the sync last knew MailerLite to hold. */
    known: "absent" | "present" | "unknown";
    status: string | null;
    groups: string[];
    syncState: string;
    attempts: number;
    lastError: string | null;
    syncedAt: Date | null;
  };
  history: { id: string; at: Date; actor: string; action: string; detail: string | null }[];
};

/** One member as an admin inspects them: their choices, what MailerLite holds, and their history. */
export async function readMemberDetail(memberId: string): Promise<MemberDetail | null> {
  const member = await db.user.findUnique({
    where: { id: memberId },
    select: {
      ...memberRecordSelect,
      interests: { select: { interest: { select: { name: true } } }, orderBy: { interest: { name: "asc" } } },
    },
  });
  if (!member) return null;
  const [sync, groupName, history] = await Promise.all([
    db.memberSync.findUnique({ where: { memberId } }),
    interestNameByGroup(),
    db.auditEntry.findMany({
      where: { subject: memberId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HISTORY_LIMIT,
      select: { id: true, createdAt: true, actorKind: true, action: true, detail: true },
    }),
  ]);
  const remoteGroups = sync?.remoteGroups ? sync.remoteGroups.split(",") : [];
  const known =
    sync?.remoteState === "present" || sync?.remoteState === "unknown" ? sync.remoteState : "absent";
  return {
    id: member.id,
    email: member.email,
    firstName: member.firstName,
    lastName: member.lastName,
    joinedAt: member.createdAt,
    confirmedAt: member.emailVerified,
    newsletter: member.newsletter,
    newsletterStop:
      isNewsletterStop(member.newsletterStop) && member.newsletterStoppedAt
        ? { reason: member.newsletterStop, at: member.newsletterStoppedAt }
        : null,
    interests: member.interests.map((i) => i.interest.name),
    mailerlite: {
      subscriberId: sync?.subscriberId ?? member.mailerliteId,
      known,
      status: sync?.remoteStatus ?? null,
      groups: remoteGroups.map((id) => groupName.get(id) ?? `group ${id}`).sort(),
      syncState: sync?.state ?? "pending",
      attempts: sync?.attempts ?? 0,
      lastError: sync?.lastError ?? null,
      syncedAt: sync?.syncedAt ?? null,
    },
    history: history.map((entry) => ({
      id: entry.id,
      at: entry.createdAt,
      actor: entry.actorKind,
      action: entry.action,
      detail: entry.detail,
    })),
  };
}
