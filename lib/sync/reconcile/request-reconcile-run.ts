import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { backgroundWork } from "@/lib/outbox/background-work";
import { queueReconcileRun } from "../reconcile-runs";

/** An admin asks for a reconciliation pass now ("Reconcile now"); false when one is already waiting or running. */
export async function requestReconcileRun(adminId: string): Promise<boolean> {
  const queued = await queueReconcileRun(adminId);
  if (queued) {
    await recordAudit(db, { actor: { kind: "admin", ref: adminId }, action: "sync.reconcile_requested" });
  }
  backgroundWork.wake();
  return queued;
}
