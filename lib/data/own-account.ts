import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { endAllSessions } from "@/lib/auth/end-all-sessions";
import { requireMember } from "@/lib/auth/session";
import { sessionSignedInAt } from "@/lib/auth/session-signed-in-at";
import { backgroundWork } from "@/lib/outbox/background-work";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { AppError } from "@/lib/errors";
import { deleteMember } from "@/lib/members/delete-member";
import { isNewsletterStop, type NewsletterStopInfo } from "@/lib/members/newsletter-stop";
import { rawDate, type RawDate } from "@/lib/raw-date";
import { requestEmailChange, type EmailChangeRequest } from "@/lib/members/request-email-change";
import { setMemberPreference } from "@/lib/members/set-member-preference";
import { updateMemberName } from "@/lib/members/update-member-name";
import type { PreferenceChange, ProfileNameInput } from "@/lib/validation/member";
import { interestNameByGroup, memberRecordSelect } from "./member-record";

/** The signed-in member's own account: every function acts on the session's member and no other. */

export type OwnProfile = {
  email: string;
  firstName: string;
  lastName: string;
  newsletter: boolean;
  /** Why and when MailerLite stopped the newsletter, if it did. */
  newsletterStop: NewsletterStopInfo | null;
  interestIds: string[];
  /** Interests the member still has that are no longer offered: shown so that they can untick them. */
  retiredInterests: { id: string; name: string }[];
};

export type OwnPreferences = Pick<OwnProfile, "newsletter" | "newsletterStop" | "interestIds">;

/**
 * The newsletter and interests alone, in one statement: what a toggle answers with (it is the commonest
 * request of a signed-in member, and Prisma's nested read costs several times as much).
 */
export async function getOwnPreferences(): Promise<OwnPreferences> {
  const viewer = await requireMember();
  const rows = await db.$queryRaw<
    { newsletter: boolean | number; newsletterStop: string | null; stoppedAt: RawDate | null; interestId: string | null }[]
  >`
    SELECT u."newsletter", u."newsletterStop", u."newsletterStoppedAt" AS "stoppedAt", mi."interestId"
    FROM "User" u LEFT JOIN "MemberInterest" mi ON mi."userId" = u."id"
    WHERE u."id" = ${viewer.id}`;
  const [first] = rows;
  if (!first) throw new AppError("UNAUTHENTICATED", "Your account no longer exists.");
  const { newsletterStop, stoppedAt } = first;
  return {
    newsletter: Boolean(first.newsletter),
    newsletterStop:
      isNewsletterStop(newsletterStop) && stoppedAt ? { reason: newsletterStop, at: rawDate(stoppedAt) } : null,
    interestIds: rows.flatMap((row) => (row.interestId ? [row.interestId] : [])),
  };
}

export async function getOwnProfile(): Promise<OwnProfile> {
  const viewer = await requireMember();
  const member = await db.user.findUnique({
    where: { id: viewer.id },
    select: {
      email: true,
      firstName: true,
      lastName: true,
      newsletter: true,
      newsletterStop: true,
      newsletterStoppedAt: true,
      interests: { select: { interestId: true, interest: { select: { name: true, archivedAt: true } } } },
    },
  });
  if (!member) throw new AppError("UNAUTHENTICATED", "Your account no longer exists.");
  const { interests, newsletterStop, newsletterStoppedAt, ...rest } = member;
  const stop =
    isNewsletterStop(newsletterStop) && newsletterStoppedAt ? { reason: newsletterStop, at: newsletterStoppedAt } : null;
  return {
    ...rest,
    newsletterStop: stop,
    interestIds: interests.map((i) => i.interestId),
    retiredInterests: interests
      .filter((i) => i.interest.archivedAt !== null)
      .map((i) => ({ id: i.interestId, name: i.interest.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export async function updateOwnName(input: ProfileNameInput): Promise<void> {
  const viewer = await requireMember();
  await updateMemberName(viewer.id, input);
}

/** Ticks or unticks the newsletter or one interest. */
export async function setOwnPreference(change: PreferenceChange): Promise<void> {
  const viewer = await requireMember();
  await setMemberPreference(viewer.id, change);
}

/**
 * Ends every session of the member, on every device, and every link mailed to them that could start another
 * (the caller then signs this browser out).
 */
export async function endAllOwnSessions(): Promise<void> {
  const viewer = await requireMember();
  await endAllSessions(viewer);
}

export async function deleteOwnAccount(): Promise<void> {
  const viewer = await requireMember();
  await deleteMember(viewer.id, { kind: "member", ref: viewer.id }, "member.deleted_own_account", {
    departure: "member",
  });
}

/**
 * "Change e-mail": mails a link to the new address and a notice to the current one, or, when this session's
 * sign-in is more than an hour old, a fresh sign-in link to the current address first. The answer is the same
 * whether or not the new address belongs to someone (the confirmation refuses it then).
 */
export async function requestOwnEmailChange(
  newEmail: string,
  ip: string,
): Promise<{ result: EmailChangeRequest; currentEmail: string }> {
  const viewer = await requireMember();
  const signedInAt = (await sessionSignedInAt(viewer.id)) ?? new Date(0);
  const result = await transaction((tx) => requestEmailChange(tx, viewer.id, newEmail, { ip, signedInAt }));
  backgroundWork.wake();
  return { result, currentEmail: viewer.email };
}

/** The address change waiting for its link, if any. */
export async function getOwnPendingEmail(): Promise<{ email: string; requestedAt: Date } | null> {
  const viewer = await requireMember();
  const member = await db.user.findUnique({
    where: { id: viewer.id },
    select: { pendingEmail: true, pendingEmailAt: true },
  });
  return member?.pendingEmail && member.pendingEmailAt
    ? { email: member.pendingEmail, requestedAt: member.pendingEmailAt }
    : null;
}

/**
 * "Download my data": everything the app holds about the member (and nothing about anyone else), as of now.
 * The download is written to the audit log.
 */
export async function exportOwnData() {
  const viewer = await requireMember();
  const member = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
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
      where: { subject: viewer.id },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, actorKind: true, action: true, detail: true },
    }),
    db.memberSync.findUnique({
      where: { memberId: viewer.id },
      select: { remoteState: true, subscriberId: true, remoteEmail: true, remoteName: true, remoteLastName: true, remoteGroups: true, remoteStatus: true, syncedAt: true },
    }),
  ]);
  const groupName = await interestNameByGroup();
  await recordAudit(db, { actor: { kind: "member", ref: viewer.id }, action: "member.downloaded_data", subject: viewer.id });
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
      newsletterStoppedInMailerLite: member.newsletterStop ? { reason: member.newsletterStop, at: member.newsletterStoppedAt } : null,
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
      groups: (sync?.remoteGroups ? sync.remoteGroups.split(",") : []).map((id) => groupName.get(id) ?? `group ${id}`),
      lastSyncedAt: sync?.syncedAt ?? null,
    },
  };
}

/**
 * The profile's choices sent as a whole form (without JavaScript, where each tick cannot save itself): each
 * difference is saved as its own change. Returns why the newsletter could not be ticked again, if so.
 */
export async function saveOwnPreferences(choices: { newsletter: boolean; interestIds: string[] }): Promise<string | null> {
  const viewer = await requireMember();
  const current = await getOwnProfile();
  const offered = new Set([...(await db.interest.findMany({ where: { archivedAt: null }, select: { id: true } })).map((i) => i.id), ...current.interestIds]);
  const wanted = new Set(choices.interestIds.filter((id) => offered.has(id)));
  for (const id of offered) {
    const has = current.interestIds.includes(id);
    if (has !== wanted.has(id)) await setMemberPreference(viewer.id, { kind: "interest", interestId: id, value: !has });
  }
  if (choices.newsletter === current.newsletter) return null;
  try {
    await setMemberPreference(viewer.id, { kind: "newsletter", value: choices.newsletter });
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
}
