import "server-only";
import { db } from "@/lib/db";
import { countBacklog } from "./count-backlog";

export type SyncProgress = {
  pending: number;
  failed: number;
  /** Members synced since the oldest waiting change (the backlog's start), and in the last minute. */
  done: number;
  perMinute: number;
  /** Minutes until the backlog is drained at the last minute's rate; null when nothing drains. */
  minutesLeft: number | null;
};

/** The backlog as it drains (the live panel on /admin/sync). */
export async function readSyncProgress(): Promise<SyncProgress> {
  const minuteAgo = new Date(Date.now() - 60_000);
  const [{ pending, failed, oldestPendingSince }, perMinute] = await Promise.all([
    countBacklog(),
    db.memberSync.count({ where: { state: "synced", syncedAt: { gte: minuteAgo } } }),
  ]);
  const done = oldestPendingSince
    ? await db.memberSync.count({ where: { state: "synced", syncedAt: { gte: oldestPendingSince } } })
    : 0;
  return {
    pending,
    failed,
    done,
    perMinute,
    minutesLeft: pending > 0 && perMinute > 0 ? Math.ceil(pending / perMinute) : null,
  };
}
