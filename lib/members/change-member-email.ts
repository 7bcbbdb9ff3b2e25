import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { emailHash } from "@/lib/security/email-hash";
import { transaction } from "@/lib/transaction";
import { recordMemberChange } from "./record-member-change";
import { searchTextOf } from "./search-text";

export type EmailChangeResult = "changed" | "taken" | "stale";

/**
 * The click on the link sent to the new address: the member's address becomes it, unless another account
 * has it (then nothing changes and nothing is merged) or the member asked for another address since
 * ("stale"). Sign-in links for the old address stop working; sessions stay. MailerLite follows through the
 * sync (the member moves to a subscriber with the new address, unsubscribed there too if they were).
 */
export async function changeMemberEmail(memberId: string, newEmail: string): Promise<EmailChangeResult> {
  return transaction(async (tx) => {
    const member = await tx.user.findFirst({
      where: { id: memberId, pendingEmail: newEmail },
      select: { email: true, firstName: true, lastName: true, newsletterStop: true },
    });
    if (!member) return "stale";
    const taken = await tx.user.count({ where: { email: newEmail } });
    if (taken > 0) {
      await tx.user.update({ where: { id: memberId }, data: { pendingEmail: null, pendingEmailAt: null } });
      await recordAudit(tx, {
        actor: { kind: "member", ref: memberId },
        action: "member.email_change_refused",
        subject: memberId,
        detail: "the new address belongs to another account",
      });
      return "taken";
    }
    await tx.user.update({
      where: { id: memberId },
      data: {
        email: newEmail,
        pendingEmail: null,
        pendingEmailAt: null,
        searchText: searchTextOf({ ...member, email: newEmail }),
        // A bounce was the old mailbox's: the new one may be subscribed again (by the member's own tick).
        ...(member.newsletterStop === "bounced" ? { newsletterStop: null, newsletterStoppedAt: null } : {}),
      },
    });
    await tx.verificationToken.deleteMany({ where: { identifier: member.email } });
    await recordMemberChange(
      tx,
      { kind: "member", ref: memberId },
      "member.email_changed",
      memberId,
      `from email-hash:${emailHash(member.email)}`,
    );
    return "changed";
  });
}
