import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { transaction } from "@/lib/transaction";
import { moveMemberAddress, movingMemberSelect } from "./move-member-address";

/**
 * "restored": the address is the old one again; "kept": the change was never confirmed (it is dropped);
 * "taken": another account has the old address now, so the member keeps the address they were moved to.
 */
export type KeepOldEmailResult = "restored" | "kept" | "taken";

/**
 * The click on "Keep my old address" (the link in the notice mailed to `oldEmail` when someone asked to change
 * the member's address): the address becomes `oldEmail` again unless another account took it meanwhile, no
 * change stays pending, and every session of the member ends (whoever asked for the change is signed out).
 * MailerLite follows through the sync (the member moves back to a subscriber with the old address). Null when
 * the account is gone.
 */
export async function keepOldEmail(memberId: string, oldEmail: string): Promise<KeepOldEmailResult | null> {
  return transaction(async (tx) => {
    const member = await tx.user.findUnique({ where: { id: memberId }, select: movingMemberSelect });
    if (!member) return null;
    const actor: AuditActor = { kind: "member", ref: memberId };
    const taken = member.email !== oldEmail && (await tx.user.count({ where: { email: oldEmail } })) > 0;
    const result: KeepOldEmailResult = member.email === oldEmail ? "kept" : taken ? "taken" : "restored";
    if (result === "restored") {
      await moveMemberAddress(tx, memberId, member, oldEmail, {
        actor,
        action: "member.email_change_undone",
      });
    } else {
      await tx.user.update({ where: { id: memberId }, data: { pendingEmail: null, pendingEmailAt: null } });
      await recordAudit(tx, {
        actor,
        action: result === "taken" ? "member.email_change_undo_refused" : "member.email_change_undone",
        subject: memberId,
        detail:
          result === "taken"
            ? "the old address belongs to another account now"
            : "the change was not confirmed yet",
      });
    }
    await tx.session.deleteMany({ where: { userId: memberId } });
    return result;
  });
}
