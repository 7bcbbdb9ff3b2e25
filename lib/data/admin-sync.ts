import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireAdmin } from "@/lib/auth/session";
import { backgroundWork } from "@/lib/outbox/background-work";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { env } from "@/lib/env";
import { readSyncStatus } from "@/lib/sync/sync-status";
import { queueReconcileRun, recentReconcileRuns } from "@/lib/sync/reconcile-runs";
import { readWebhookRegistration } from "@/lib/sync/webhook-registration";

export const SYNC_PAGE_SIZE = 50;

/** Everything /admin/sync shows. */
export async function getSyncOverview(page = 1) {
  await requireAdmin();
  const unfinished = { state: { in: ["pending", "failed"] } };
  const [pending, failed, oldest, status, rows, total, webhook, runs, stops] = await Promise.all([
    db.memberSync.count({ where: { state: "pending" } }),
    db.memberSync.count({ where: { state: "failed" } }),
    db.memberSync.findFirst({ where: { state: "pending" }, orderBy: { pendingSince: "asc" }, select: { pendingSince: true } }),
    readSyncStatus(),
    db.memberSync.findMany({
      where: unfinished,
      orderBy: [{ state: "asc" }, { pendingSince: "asc" }],
      skip: (page - 1) * SYNC_PAGE_SIZE,
      take: SYNC_PAGE_SIZE,
      select: { memberId: true, deleted: true, state: true, attempts: true, lastError: true, pendingSince: true, nextAttemptAt: true },
    }),
    db.memberSync.count({ where: unfinished }),
    readWebhookRegistration(),
    recentReconcileRuns(),
    db.user.groupBy({ by: ["newsletterStop"], where: { newsletterStop: { not: null } }, _count: true }),
  ]);
  const members = await db.user.findMany({
    where: { id: { in: rows.map((row) => row.memberId) } },
    select: { id: true, email: true },
  });
  const emailOf = new Map(members.map((m) => [m.id, m.email]));
  return {
    configured: Boolean(env.MAILERLITE_API_KEY),
    paused: status?.pausedReason ?? null,
    pending,
    failed,
    oldestPendingSince: oldest?.pendingSince ?? null,
    lastSuccessAt: status?.lastSuccessAt ?? null,
    lastErrorAt: status?.lastErrorAt ?? null,
    lastError: status?.lastError ?? null,
    rows: rows.map((row) => ({ ...row, email: emailOf.get(row.memberId) ?? (row.deleted ? "(deleted member)" : "—") })),
    pageCount: Math.max(1, Math.ceil(total / SYNC_PAGE_SIZE)),
    webhook,
    handSecret: Boolean(env.MAILERLITE_WEBHOOK_SECRET),
    reconcileEveryMinutes: env.MAILERLITE_RECONCILE_MINUTES,
    runs,
    stops: Object.fromEntries(stops.map((s) => [s.newsletterStop ?? "", s._count])) as Record<string, number>,
  };
}

/** An admin asks for a reconciliation pass now; false when one is already waiting or running. */
export async function requestReconciliation(): Promise<boolean> {
  const admin = await requireAdmin();
  const queued = await queueReconcileRun(admin.id);
  if (queued) {
    await recordAudit(db, { actor: { kind: "admin", ref: admin.id }, action: "sync.reconcile_requested" });
  }
  backgroundWork.wake();
  return queued;
}

/** What every admin page's banner needs: whether sync can run, and how much waits. */
export async function getSyncBanner() {
  await requireAdmin();
  const [waiting, status] = await Promise.all([
    db.memberSync.count({ where: { state: { in: ["pending", "failed"] } } }),
    readSyncStatus(),
  ]);
  return { configured: Boolean(env.MAILERLITE_API_KEY), paused: status?.pausedReason ?? null, waiting };
}

/** An admin asks to try a member again now (after a failure, or to skip the backoff). */
export async function retryMemberSync(memberId: string): Promise<void> {
  const admin = await requireAdmin();
  await transaction(async (tx) => {
    const retried = await tx.memberSync.updateMany({
      where: { memberId, state: { in: ["failed", "pending"] } },
      data: { state: "pending", attempts: 0, nextAttemptAt: new Date(), lastError: null },
    });
    if (retried.count === 1) {
      await recordAudit(tx, { actor: { kind: "admin", ref: admin.id }, action: "sync.retried", subject: memberId });
    }
  });
  backgroundWork.wake();
}

/** An admin tries every failed member again now; returns how many. */
export async function retryAllFailed(): Promise<number> {
  const admin = await requireAdmin();
  const retried = await transaction(async (tx) => {
    const { count } = await tx.memberSync.updateMany({
      where: { state: "failed" },
      data: { state: "pending", attempts: 0, nextAttemptAt: new Date(), lastError: null },
    });
    if (count > 0) {
      await recordAudit(tx, { actor: { kind: "admin", ref: admin.id }, action: "sync.retried_all_failed", detail: String(count) });
    }
    return count;
  });
  backgroundWork.wake();
  return retried;
}

export type SyncProgress = {
  pending: number;
  failed: number;
  /** Members synced since the oldest waiting change (the backlog's start), and in the last minute. */
  done: number;
  perMinute: number;
  /** Minutes until the backlog is drained at the last minute's rate; null when nothing drains. */
  minutesLeft: number | null;
};

/** The backlog as it drains, for the live panel on /admin/sync (polled while there is work). */
export async function getSyncProgress(): Promise<SyncProgress> {
  await requireAdmin();
  const minuteAgo = new Date(Date.now() - 60_000);
  const [pending, failed, oldest, perMinute] = await Promise.all([
    db.memberSync.count({ where: { state: "pending" } }),
    db.memberSync.count({ where: { state: "failed" } }),
    db.memberSync.findFirst({ where: { state: "pending" }, orderBy: { pendingSince: "asc" }, select: { pendingSince: true } }),
    db.memberSync.count({ where: { state: "synced", syncedAt: { gte: minuteAgo } } }),
  ]);
  const done = oldest
    ? await db.memberSync.count({ where: { state: "synced", syncedAt: { gte: oldest.pendingSince } } })
    : 0;
  return { pending, failed, done, perMinute, minutesLeft: pending > 0 && perMinute > 0 ? Math.ceil(pending / perMinute) : null };
}
