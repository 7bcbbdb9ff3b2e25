import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { readSyncStatus } from "./sync-status";

/** Whether sync can run (configured, not paused), and how many members wait for it. */
export async function readSyncBacklog() {
  const [waiting, status] = await Promise.all([
    db.memberSync.count({ where: { state: { in: ["pending", "failed"] } } }),
    readSyncStatus(),
  ]);
  return { configured: Boolean(env.MAILERLITE_API_KEY), paused: status?.pausedReason ?? null, waiting };
}
