import "server-only";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { backgroundWork } from "@/lib/outbox/background-work";
import { markMemberChanged } from "@/lib/outbox/mark-member-changed";
import { transaction } from "@/lib/transaction";

/**
 * Removes an archived interest from every member who still has it, now: each member's sync then takes them
 * out of its MailerLite group, which ends up empty. Returns how many members lost it.
 */
export async function removeInterestFromEveryone(id: string, adminId: string): Promise<number> {
  const removed = await transaction(async (tx) => {
    const interest = await tx.interest.findUnique({
      where: { id },
      select: { name: true, archivedAt: true },
    });
    if (!interest?.archivedAt)
      throw new AppError("CONFLICT", "Archive the interest first: it is still offered");
    const holders = await tx.memberInterest.findMany({ where: { interestId: id }, select: { userId: true } });
    await tx.memberInterest.deleteMany({ where: { interestId: id } });
    const actor = { kind: "admin", ref: adminId } as const;
    await recordAudits(
      tx,
      holders.map(({ userId }) => ({
        actor,
        action: "member.interest_removed_by_admin",
        subject: userId,
        detail: interest.name,
      })),
    );
    for (const { userId } of holders) await markMemberChanged(tx, userId);
    await recordAudit(tx, {
      actor,
      action: "interest.removed_from_members",
      subject: id,
      detail: `${interest.name}: ${holders.length}`,
    });
    return holders.length;
  });
  backgroundWork.wake();
  return removed;
}
