import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireMember } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { AppError } from "@/lib/errors";
import { deleteMember } from "@/lib/members/delete-member";
import { isNewsletterStop, type NewsletterStopInfo } from "@/lib/members/newsletter-stop";
import { setMemberPreference } from "@/lib/members/set-member-preference";
import { updateMemberName } from "@/lib/members/update-member-name";
import type { PreferenceChange, ProfileNameInput } from "@/lib/validation/member";

/** The signed-in member's own account: every function acts on the session's member and no other. */

export type OwnProfile = {
  email: string;
  firstName: string;
  lastName: string;
  newsletter: boolean;
  /** Why and when MailerLite stopped the newsletter, if it did. */
  newsletterStop: NewsletterStopInfo | null;
  interestIds: string[];
};

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
      interests: { select: { interestId: true } },
    },
  });
  if (!member) throw new AppError("UNAUTHENTICATED", "Your account no longer exists.");
  const { interests, newsletterStop, newsletterStoppedAt, ...rest } = member;
  const stop =
    isNewsletterStop(newsletterStop) && newsletterStoppedAt ? { reason: newsletterStop, at: newsletterStoppedAt } : null;
  return { ...rest, newsletterStop: stop, interestIds: interests.map((i) => i.interestId) };
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
  await transaction(async (tx) => {
    await tx.session.deleteMany({ where: { userId: viewer.id } });
    await tx.verificationToken.deleteMany({ where: { identifier: viewer.email } });
    await recordAudit(tx, { actor: { kind: "member", ref: viewer.id }, action: "member.signed_out_everywhere", subject: viewer.id });
  });
}

export async function deleteOwnAccount(): Promise<void> {
  const viewer = await requireMember();
  await deleteMember(viewer.id, { kind: "member", ref: viewer.id }, "member.deleted_own_account");
}
