import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { backgroundWork } from "@/lib/background/signal";
import { db } from "@/lib/db";
import { emailHash } from "@/lib/security/email-hash";
import { markMemberDeleted } from "@/lib/sync/mark-member-changed";

/**
 * Removes the member's personal data in one transaction, keeping an audit entry that names only a hash of
 * the address; the sync then removes the subscriber. False when there was no such member.
 */
export async function deleteMember(memberId: string, actor: AuditActor, action: string): Promise<boolean> {
  const deleted = await db.$transaction(async (tx) => {
    const member = await tx.user.findUnique({ where: { id: memberId }, select: { id: true, email: true } });
    if (!member) return false;
    await recordAudit(tx, {
      actor,
      action,
      subject: member.id,
      detail: `email-hash:${emailHash(member.email)}`,
    });
    await markMemberDeleted(tx, member.id, member.email);
    await tx.verificationToken.deleteMany({ where: { identifier: member.email } });
    await tx.outboundMail.deleteMany({ where: { to: member.email } });
    await tx.user.delete({ where: { id: member.id } });
    return true;
  });
  if (deleted) backgroundWork.wake();
  return deleted;
}
