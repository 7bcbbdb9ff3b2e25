import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";

/** An admin asks to try a member again now (after a failure, or to skip the backoff). */
export async function retryMember(memberId: string, adminId: string): Promise<void> {
  await transaction(async (tx) => {
    const retried = await tx.memberSync.updateMany({
      where: { memberId, state: { in: ["failed", "pending"] } },
      data: { state: "pending", attempts: 0, nextAttemptAt: new Date(), lastError: null },
    });
    if (retried.count === 1) {
      await recordAudit(tx, {
        actor: { kind: "admin", ref: adminId },
        action: "sync.retried",
        subject: memberId,
      });
    }
  });
  backgroundWork.wake();
}
