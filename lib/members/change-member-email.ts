import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { transaction } from "@/lib/transaction";
import { moveMemberAddress, movingMemberSelect } from "./move-member-address";

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
      select: movingMemberSelect,
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
    await moveMemberAddress(tx, memberId, member, newEmail, {
      actor: { kind: "member", ref: memberId },
      action: "member.email_changed",
    });
    return "changed";
  });
}
