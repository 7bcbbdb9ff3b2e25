import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";
import { countMailAttempt } from "@/lib/email/mail-limits";
import { enqueueMail } from "@/lib/email/mail-outbox";
import { AppError } from "@/lib/errors";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";
import { isRecentSignIn } from "./recent-sign-in";

/** "requested": the link went to the new address; "sign-in-first": a sign-in link went to the current one. */
export type EmailChangeRequest = "requested" | "sign-in-first";

/**
 * A member asks to change their address. From a session whose sign-in (`signedInAt`) is more than an hour old,
 * only a fresh sign-in link goes to the current address (counted against its limits), and nothing of the new
 * address is stored or mailed. Otherwise a link goes to the new address and a notice to the old one; nothing
 * else changes until the link is used. Whether the new address belongs to someone is not looked at here (the
 * answer must not tell): the confirmation refuses it. The mail limits count against the new address.
 */
export async function requestEmailChange(
  memberId: string,
  newEmail: string,
  session: { ip: string; signedInAt: Date },
  now = new Date(),
): Promise<EmailChangeRequest> {
  const result = await transaction((tx) => requestInTransaction(tx, memberId, newEmail, session, now));
  backgroundWork.wake();
  return result;
}

async function requestInTransaction(
  tx: Tx,
  memberId: string,
  newEmail: string,
  { ip, signedInAt }: { ip: string; signedInAt: Date },
  now: Date,
): Promise<EmailChangeRequest> {
  const member = await tx.user.findUniqueOrThrow({ where: { id: memberId }, select: { email: true } });
  if (member.email === newEmail) throw new AppError("INVALID_INPUT", "That is your address already", "email");
  const actor = { kind: "member", ref: memberId } as const;
  if (!isRecentSignIn(signedInAt, now)) {
    await countMailAttempt(tx, member.email, ip);
    await enqueueMail(tx, { to: member.email, kind: "sign-in-again", memberId });
    await recordAudit(tx, { actor, action: "member.email_change_needs_sign_in", subject: memberId });
    return "sign-in-first";
  }
  await countMailAttempt(tx, newEmail, ip);
  await tx.user.update({
    where: { id: memberId },
    data: { pendingEmail: newEmail, pendingEmailAt: now },
  });
  await enqueueMail(tx, { to: newEmail, kind: "email-change", memberId });
  await enqueueMail(tx, { to: member.email, kind: "email-change-notice", memberId });
  await recordAudit(tx, { actor, action: "member.email_change_requested", subject: memberId });
  return "requested";
}
