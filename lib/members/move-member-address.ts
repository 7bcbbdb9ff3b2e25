import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";
import { emailHash } from "@/lib/security/email-hash";
import { recordMemberChange } from "./record-member-change";
import { searchTextOf } from "./search-text";

/** What moving a member's address needs to know of them. */
export const movingMemberSelect = {
  email: true,
  firstName: true,
  lastName: true,
  newsletterStop: true,
} as const;

type MovingMember = { email: string; firstName: string; lastName: string; newsletterStop: string | null };

/**
 * The member's address becomes `to`, as a step of the caller's transaction (the caller checked that no other
 * account has it): no address change stays pending, sign-in links for the address left stop working, and
 * MailerLite follows through the sync (the member moves to a subscriber with the new address).
 */
export async function moveMemberAddress(
  tx: Tx,
  memberId: string,
  member: MovingMember,
  to: string,
  change: { actor: AuditActor; action: string },
): Promise<void> {
  await tx.user.update({
    where: { id: memberId },
    data: {
      email: to,
      pendingEmail: null,
      pendingEmailAt: null,
      searchText: searchTextOf({ ...member, email: to }),
      // A bounce was the old mailbox's: the new one may be subscribed again (by the member's own tick).
      ...(member.newsletterStop === "bounced" ? { newsletterStop: null, newsletterStoppedAt: null } : {}),
    },
  });
  await tx.verificationToken.deleteMany({ where: { identifier: member.email } });
  await recordMemberChange(
    tx,
    change.actor,
    change.action,
    memberId,
    `from email-hash:${emailHash(member.email)}`,
  );
}
