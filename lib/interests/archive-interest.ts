import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { transaction } from "@/lib/transaction";

/**
 * An admin archives an interest (`archived`), or offers it again: archived interests are no longer offered;
 * members keep them until they untick them.
 */
export async function archiveInterest(id: string, archived: boolean, adminId: string): Promise<void> {
  await transaction(async (tx) => {
    const changed = await tx.interest.updateMany({
      where: { id, archivedAt: archived ? null : { not: null } },
      data: { archivedAt: archived ? new Date() : null },
    });
    if (changed.count === 0) return;
    const action = archived ? "interest.archived" : "interest.restored";
    await recordAudit(tx, { actor: { kind: "admin", ref: adminId }, action, subject: id });
  });
}
