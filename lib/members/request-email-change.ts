import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";
import { countMailAttempt } from "@/lib/email/mail-limits";
import { enqueueMail } from "@/lib/email/mail-outbox";
import { AppError } from "@/lib/errors";

/**
 * A member asks to change their address: a link goes to the new address and a notice to the old one; nothing
 * else changes until the link is used. Whether the new address belongs to someone is not looked at here (the
 * answer must not tell): the confirmation refuses it. The mail limits count against the new address.
 */
export async function requestEmailChange(
  tx: Tx,
  memberId: string,
  newEmail: string,
  ip: string,
): Promise<void> {
  const member = await tx.user.findUniqueOrThrow({ where: { id: memberId }, select: { email: true } });
  if (member.email === newEmail) throw new AppError("INVALID_INPUT", "That is your address already", "email");
  await countMailAttempt(tx, newEmail, ip);
  await tx.user.update({
    where: { id: memberId },
    data: { pendingEmail: newEmail, pendingEmailAt: new Date() },
  });
  await enqueueMail(tx, { to: newEmail, kind: "email-change", memberId });
  await enqueueMail(tx, { to: member.email, kind: "email-change-notice", memberId });
  await recordAudit(tx, {
    actor: { kind: "member", ref: memberId },
    action: "member.email_change_requested",
    subject: memberId,
  });
}
