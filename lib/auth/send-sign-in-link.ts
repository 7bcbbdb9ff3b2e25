import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { enqueueMail } from "@/lib/email/mail-outbox";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";

/**
 * An admin sends a member a new sign-in link (composed and sent by the background work). False when the
 * member no longer exists.
 */
export async function sendSignInLink(memberId: string, adminId: string): Promise<boolean> {
  const sent = await transaction(async (tx) => {
    const member = await tx.user.findUnique({ where: { id: memberId }, select: { email: true } });
    if (!member) return false;
    await enqueueMail(tx, { to: member.email, kind: "link" });
    await recordAudit(tx, {
      actor: { kind: "admin", ref: adminId },
      action: "admin.sent_sign_in_link",
      subject: memberId,
    });
    return true;
  });
  if (sent) backgroundWork.wake();
  return sent;
}
