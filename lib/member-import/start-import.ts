import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";

/**
 * The admin starts a previewed import: the background work imports its rows; the file itself is dropped.
 * False when the import was not waiting to start.
 */
export async function startImport(id: string, adminId: string): Promise<boolean> {
  const started = await transaction(async (tx) => {
    const queued = await tx.memberImport.updateMany({
      where: { id, state: "previewed" },
      data: { state: "queued", queuedAt: new Date(), source: null },
    });
    if (queued.count === 0) return false;
    await tx.memberImportRow.updateMany({
      where: { importId: id, preview: { in: ["invalid", "duplicate"] } },
      data: { state: "done", outcome: "skipped" },
    });
    await recordAudit(tx, {
      actor: { kind: "admin", ref: adminId },
      action: "admin.started_import",
      subject: id,
    });
    return true;
  });
  if (started) backgroundWork.wake();
  return started;
}
