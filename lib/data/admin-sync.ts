import "server-only";
import { requireAdmin } from "@/lib/auth/session";
import { readSyncBacklog } from "@/lib/sync/read-sync-backlog";
import { readSyncOverview } from "@/lib/sync/read-sync-overview";
import { readSyncProgress, type SyncProgress } from "@/lib/sync/read-sync-progress";
import { requestReconcileRun } from "@/lib/sync/reconcile/request-reconcile-run";
import { retryFailedMembers } from "@/lib/sync/worker/retry-failed-members";
import { retryMember } from "@/lib/sync/worker/retry-member";

export type { SyncProgress };

/** Everything /admin/sync shows. */
export async function getSyncOverview(page = 1) {
  await requireAdmin();
  return readSyncOverview(page);
}

/** An admin asks for a reconciliation pass now; false when one is already waiting or running. */
export async function requestReconciliation(): Promise<boolean> {
  const admin = await requireAdmin();
  return requestReconcileRun(admin.id);
}

/** What every admin page's banner needs: whether sync can run, and how much waits. */
export async function getSyncBanner() {
  await requireAdmin();
  return readSyncBacklog();
}

/** An admin asks to try a member again now (after a failure, or to skip the backoff). */
export async function retryMemberSync(memberId: string): Promise<void> {
  const admin = await requireAdmin();
  await retryMember(memberId, admin.id);
}

/** An admin tries every failed member again now; returns how many. */
export async function retryAllFailed(): Promise<number> {
  const admin = await requireAdmin();
  return retryFailedMembers(admin.id);
}

/** The backlog as it drains, for the live panel on /admin/sync (polled while there is work). */
export async function getSyncProgress(): Promise<SyncProgress> {
  await requireAdmin();
  return readSyncProgress();
}
