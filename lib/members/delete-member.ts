import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emailHash } from "@/lib/security/email-hash";
import { markMemberDeleted } from "@/lib/outbox/mark-member-changed";
import { recordDeparture, type DepartureReason } from "./departed-address";

/**
 * Removes the member's personal data in one transaction, keeping an audit entry that names only a hash of
 * the address; the sync then erases the subscriber. A `departure` (the member or an admin deleted the
 * account; not the purge of an address never confirmed) is recorded in the same transaction, so that no
 * import or admin brings the person back. False when there was no such member (or it no longer meets
 * `onlyIf`, checked in the same transaction).
 */
export async function deleteMember(
  memberId: string,
  actor: AuditActor,
  action: string,
  { departure, onlyIf = {} }: { departure: DepartureReason | null; onlyIf?: Prisma.UserWhereInput },
): Promise<boolean> {
  const deleted = await transaction(async (tx) => {
    const member = await tx.user.findFirst({
      where: { ...onlyIf, id: memberId },
      select: { id: true, email: true },
    });
    // The member row first (and with the condition checked as it is deleted), then its sync row: the order
    // every change to a member takes them in.
    if (!member || (await tx.user.deleteMany({ where: { ...onlyIf, id: member.id } })).count === 0)
      return false;
    await recordAudit(tx, {
      actor,
      action,
      subject: member.id,
      detail: `email-hash:${emailHash(member.email)}`,
    });
    if (departure) await recordDeparture(tx, member.email, departure);
    await markMemberDeleted(tx, member.id, member.email);
    await tx.verificationToken.deleteMany({ where: { identifier: member.email } });
    await tx.outboundMail.deleteMany({ where: { to: member.email } });
    return true;
  });
  if (deleted) backgroundWork.wake();
  return deleted;
}
