import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { transaction } from "@/lib/transaction";
import { emailChangeIdentifier } from "./email-change-link";

/**
 * "Sign out everywhere": ends every session of the member, on every device, every link mailed to them that
 * could start another, and an address change still waiting for its link (whoever asked for it from a session
 * now ended cannot finish it).
 */
export async function endAllSessions(member: { id: string; email: string }): Promise<void> {
  await transaction(async (tx) => {
    await tx.session.deleteMany({ where: { userId: member.id } });
    await tx.verificationToken.deleteMany({ where: { identifier: member.email } });
    await tx.verificationToken.deleteMany({
      where: { identifier: { startsWith: emailChangeIdentifier(member.id, "") } },
    });
    await tx.user.update({ where: { id: member.id }, data: { pendingEmail: null, pendingEmailAt: null } });
    await recordAudit(tx, {
      actor: { kind: "member", ref: member.id },
      action: "member.signed_out_everywhere",
      subject: member.id,
    });
  });
}
