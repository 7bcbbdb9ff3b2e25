import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isAdminEmail } from "@/lib/auth/admins";
import { requireAdmin, requireMember } from "@/lib/auth/session";
import { confirmEmailMail, noAccountMail, signInMail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors";
import { emailHash } from "@/lib/security/email-hash";
import type { PreferenceChange, ProfileNameInput, SignupInput } from "@/lib/validation/member";
import { recordAudit, type AuditActor } from "./audit";
import { countMailAttempt } from "./mail-limits";
import { markMemberChanged, markMemberDeleted } from "./member-sync";
import { syncStatesOf, type SyncState } from "./sync-overview";
import { enqueueMail } from "./outbound-mail";

type Tx = Prisma.TransactionClient;

/**
 * The one place every change to a member passes through, inside the change's transaction: it writes the
 * audit entry and the MailerLite outbox row.
 */
async function recordMemberChange(tx: Tx, actor: AuditActor, action: string, memberId: string, detail?: string) {
  await recordAudit({ actor, action, subject: memberId, detail }, tx);
  await markMemberChanged(tx, memberId);
}

async function assertActiveInterests(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx.interest.count({ where: { id: { in: ids }, archivedAt: null } });
  if (found !== new Set(ids).size) {
    throw new AppError("INVALID_INPUT", "Choose from the interests shown", "interests");
  }
}

/**
 * Sign-up: creates the (unconfirmed) account with its choices. For an address that already has an account
 * nothing changes; either way the caller sends a link, so the page never reveals whether it was registered.
 */
export async function signUp(input: SignupInput, ip: string): Promise<void> {
  const interests = [...new Set(input.interests)];
  await db.$transaction(async (tx) => {
    await assertActiveInterests(tx, interests);
    await countMailAttempt(input.email, ip, tx);
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) {
      await recordAudit({ actor: { kind: "visitor" }, action: "member.signup_repeated", subject: existing.id }, tx);
      return;
    }
    const member = await tx.user.create({
      data: {
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        newsletter: input.newsletter,
        interests: { create: interests.map((interestId) => ({ interestId })) },
      },
      select: { id: true },
    });
    await recordMemberChange(tx, { kind: "member", ref: member.id }, "member.signed_up", member.id);
  });
}

/**
 * Sign-in request. Returns true when the caller should send a sign-in link; for an unknown address a
 * "no account yet" note is queued instead. Admin addresses always get a link (their account is created).
 */
export async function requestSignIn(email: string, ip: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await countMailAttempt(email, ip, tx);
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) return true;
    if (isAdminEmail(email)) {
      const admin = await tx.user.create({ data: { email }, select: { id: true } });
      await recordMemberChange(tx, { kind: "system" }, "admin.account_created", admin.id);
      return true;
    }
    await enqueueMail({ to: email, ...noAccountMail(`${env.APP_URL}/signup`) }, tx);
    return false;
  });
}

/** Called by Auth.js when a link is sent: a confirmation for an unconfirmed address, else a sign-in link. */
export async function queueLinkMail(email: string, url: string): Promise<void> {
  const member = await db.user.findUnique({ where: { email }, select: { emailVerified: true } });
  if (!member) return;
  await enqueueMail({ to: email, ...(member.emailVerified ? signInMail(url) : confirmEmailMail(url)) });
}

/** Called by Auth.js when a link is used: the first use confirms the address. */
export async function confirmMemberEmail(memberId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const confirmed = await tx.user.updateMany({
      where: { id: memberId, emailVerified: null },
      data: { emailVerified: new Date() },
    });
    if (confirmed.count === 1) {
      await recordMemberChange(tx, { kind: "member", ref: memberId }, "member.confirmed", memberId);
    }
  });
}

export async function memberExists(memberId: string): Promise<boolean> {
  return (await db.user.count({ where: { id: memberId } })) === 1;
}

export async function recordSignIn(memberId: string): Promise<void> {
  await recordAudit({ actor: { kind: "member", ref: memberId }, action: "member.signed_in", subject: memberId });
}

export type OwnProfile = {
  email: string;
  firstName: string;
  lastName: string;
  newsletter: boolean;
  interestIds: string[];
};

export async function getOwnProfile(): Promise<OwnProfile> {
  const viewer = await requireMember();
  const member = await db.user.findUnique({
    where: { id: viewer.id },
    select: { email: true, firstName: true, lastName: true, newsletter: true, interests: { select: { interestId: true } } },
  });
  if (!member) throw new AppError("UNAUTHENTICATED", "Your account no longer exists.");
  const { interests, ...rest } = member;
  return { ...rest, interestIds: interests.map((i) => i.interestId) };
}

export async function updateOwnName(input: ProfileNameInput): Promise<void> {
  const viewer = await requireMember();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { firstName: input.firstName, lastName: input.lastName } });
    await recordMemberChange(tx, { kind: "member", ref: viewer.id }, "member.name_changed", viewer.id);
  });
}

/** Ticks or unticks the newsletter or one interest for the signed-in member only. */
export async function setOwnPreference(change: PreferenceChange): Promise<void> {
  const viewer = await requireMember();
  const actor: AuditActor = { kind: "member", ref: viewer.id };
  await db.$transaction(async (tx) => {
    if (change.kind === "newsletter") {
      await tx.user.update({ where: { id: viewer.id }, data: { newsletter: change.value } });
      await recordMemberChange(tx, actor, change.value ? "member.newsletter_on" : "member.newsletter_off", viewer.id);
      return;
    }
    const key = { userId: viewer.id, interestId: change.interestId };
    if (change.value) {
      await assertActiveInterests(tx, [change.interestId]);
      await tx.memberInterest.upsert({ where: { userId_interestId: key }, create: key, update: {} });
    } else {
      await tx.memberInterest.deleteMany({ where: key });
    }
    const action = change.value ? "member.interest_added" : "member.interest_removed";
    await recordMemberChange(tx, actor, action, viewer.id, change.interestId);
  });
}

/** Removes the member's personal data in one transaction, keeping an audit entry that names only a hash. */
async function deleteMember(memberId: string, actor: AuditActor, action: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const member = await tx.user.findUnique({ where: { id: memberId }, select: { id: true, email: true } });
    if (!member) return false;
    await recordAudit({ actor, action, subject: member.id, detail: `email-hash:${emailHash(member.email)}` }, tx);
    await markMemberDeleted(tx, member.id, member.email);
    await tx.verificationToken.deleteMany({ where: { identifier: member.email } });
    await tx.outboundMail.deleteMany({ where: { to: member.email } });
    await tx.user.delete({ where: { id: member.id } });
    return true;
  });
}

export async function deleteOwnAccount(): Promise<void> {
  const viewer = await requireMember();
  await deleteMember(viewer.id, { kind: "member", ref: viewer.id }, "member.deleted_own_account");
}

export async function deleteMemberAsAdmin(memberId: string): Promise<boolean> {
  const admin = await requireAdmin();
  return deleteMember(memberId, { kind: "admin", ref: admin.id }, "admin.deleted_member");
}

export const MEMBERS_PAGE_SIZE = 50;

export type MemberRow = {
  id: string;
  email: string;
  name: string;
  confirmed: boolean;
  newsletter: boolean;
  interests: string[];
  sync: SyncState;
};

/** Admin list: search by e-mail or name (every word must match), newest first, 50 a page. */
export async function listMembers(query: string, page: number) {
  await requireAdmin();
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const where: Prisma.UserWhereInput = {
    AND: words.map((word) => ({
      OR: [
        { email: { contains: word.toLowerCase() } },
        { firstName: { contains: word } },
        { lastName: { contains: word } },
      ],
    })),
  };
  const [members, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MEMBERS_PAGE_SIZE,
      take: MEMBERS_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        firstName: true,
        lastName: true,
        emailVerified: true,
        newsletter: true,
        interests: { select: { interest: { select: { name: true } } }, orderBy: { interest: { name: "asc" } } },
      },
    }),
    db.user.count({ where }),
  ]);
  const syncStates = await syncStatesOf(members.map((m) => m.id));
  const rows: MemberRow[] = members.map((m) => ({
    id: m.id,
    email: m.email,
    name: [m.firstName, m.lastName].filter(Boolean).join(" "),
    confirmed: m.emailVerified !== null,
    newsletter: m.newsletter,
    interests: m.interests.map((i) => i.interest.name),
    sync: syncStates.get(m.id) ?? "pending",
  }));
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)) };
}
