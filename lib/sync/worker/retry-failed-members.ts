import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";

/** An admin tries every failed member again now; returns how many. */
export async function retryFailedMembers(adminId: string): Promise<number> {
  const retried = await transaction(async (tx) => {
    const { count } = await tx.memberSync.updateMany({
      where: { state: "failed" },
      data: { state: "pending", attempts: 0, nextAttemptAt: new Date(), lastError: null },
    });
    if (count > 0) {
      await recordAudit(tx, {
        actor: { kind: "admin", ref: adminId },
        action: "sync.retried_all_failed",
        detail: String(count),
      });
    }
    return count;
  });
  backgroundWork.wake();
  return retried;
}
