import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { countBacklog } from "./count-backlog";
import { recentReconcileRuns } from "./reconcile-runs";
import { readSyncStatus } from "./sync-status";
import { readWebhookRegistration } from "./webhook-registration";

export const SYNC_PAGE_SIZE = 50;

/** Everything /admin/sync shows: the backlog, the failures a page at a time, the webhook, the passes. */
export async function readSyncOverview(page: number) {
  const unfinished = { state: { in: ["pending", "failed"] } };
  const [backlog, status, rows, total, webhook, runs, stops] = await Promise.all([
    countBacklog(),
    readSyncStatus(),
    db.memberSync.findMany({
      where: unfinished,
      orderBy: [{ state: "asc" }, { pendingSince: "asc" }],
      skip: (page - 1) * SYNC_PAGE_SIZE,
      take: SYNC_PAGE_SIZE,
      select: {
        memberId: true,
        deleted: true,
        state: true,
        attempts: true,
        lastError: true,
        pendingSince: true,
        nextAttemptAt: true,
      },
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
    ...backlog,
    lastSuccessAt: status?.lastSuccessAt ?? null,
    lastErrorAt: status?.lastErrorAt ?? null,
    lastError: status?.lastError ?? null,
    rows: rows.map((row) => ({
      ...row,
      email: emailOf.get(row.memberId) ?? (row.deleted ? "(deleted member)" : "—"),
    })),
    pageCount: Math.max(1, Math.ceil(total / SYNC_PAGE_SIZE)),
    webhook,
    handSecret: Boolean(env.MAILERLITE_WEBHOOK_SECRET),
    reconcileEveryMinutes: env.MAILERLITE_RECONCILE_MINUTES,
    runs,
    stops: Object.fromEntries(stops.map((s) => [s.newsletterStop ?? "", s._count])) as Record<string, number>,
  };
}
