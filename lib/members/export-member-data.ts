import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { interestNameByGroup, memberRecordSelect } from "./member-record";

/**
 * "Download my data": everything the app holds about the member (and nothing about anyone else), as of now.
 * The download is written to the audit log.
 */
export async function exportMemberData(memberId: string) {
  const member = await db.user.findUniqueOrThrow({
    where: { id: memberId },
    select: {
      ...memberRecordSelect,
      pendingEmail: true,
      consentedAt: true,
      consentDetail: true,
      consentIp: true,
      consentUserAgent: true,
      interests: { select: { createdAt: true, interest: { select: { name: true } } } },
      sessions: { select: { expires: true } },
    },
  });
  const [history, sync] = await Promise.all([
    db.auditEntry.findMany({
      where: { subject: memberId },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, actorKind: true, action: true, detail: true },
    }),
    db.memberSync.findUnique({
      where: { memberId },
      select: {
        remoteState: true,
        subscriberId: true,
        remoteEmail: true,
        remoteName: true,
        remoteLastName: true,
        remoteGroups: true,
        remoteStatus: true,
        syncedAt: true,
      },
    }),
  ]);
  const groupName = await interestNameByGroup();
  await recordAudit(db, {
    actor: { kind: "member", ref: memberId },
    action: "member.downloaded_data",
    subject: memberId,
  });
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      email: member.email,
      pendingEmail: member.pendingEmail,
      firstName: member.firstName,
      lastName: member.lastName,
      joinedAt: member.createdAt,
      emailConfirmedAt: member.emailVerified,
      newsletter: member.newsletter,
      newsletterStoppedInMailerLite: member.newsletterStop
        ? { reason: member.newsletterStop, at: member.newsletterStoppedAt }
        : null,
    },
    interests: member.interests.map((i) => ({ name: i.interest.name, chosenAt: i.createdAt })),
    consent: {
      at: member.consentedAt,
      detail: member.consentDetail,
      ipAddress: member.consentIp,
      userAgent: member.consentUserAgent,
    },
    signIns: history.filter((e) => e.action === "member.signed_in").map((e) => e.createdAt),
    activeSessions: member.sessions.map((s) => ({ expires: s.expires })),
    history: history.map((e) => ({ at: e.createdAt, by: e.actorKind, action: e.action, detail: e.detail })),
    mailerlite: {
      subscriberId: sync?.subscriberId ?? member.mailerliteId,
      known: sync?.remoteState ?? "absent",
      email: sync?.remoteEmail ?? null,
      name: sync?.remoteName ?? null,
      lastName: sync?.remoteLastName ?? null,
      status: sync?.remoteStatus ?? null,
      groups: (sync?.remoteGroups ? sync.remoteGroups.split(",") : []).map(
        (id) => groupName.get(id) ?? `group ${id}`,
      ),
      lastSyncedAt: sync?.syncedAt ?? null,
    },
  };
}
