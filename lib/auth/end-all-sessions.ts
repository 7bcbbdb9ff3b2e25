import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { transaction } from "@/lib/transaction";

/**
 * "Sign out everywhere": ends every session of the member, on every device, and every link mailed to them
 * that could start another.
 */
export async function endAllSessions(member: { id: string; email: string }): Promise<void> {
  await transaction(async (tx) => {
    await tx.session.deleteMany({ where: { userId: member.id } });
    await tx.verificationToken.deleteMany({ where: { identifier: member.email } });
    await recordAudit(tx, {
      actor: { kind: "member", ref: member.id },
      action: "member.signed_out_everywhere",
      subject: member.id,
    });
  });
}
