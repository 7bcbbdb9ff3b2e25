import "server-only";
import { db } from "@/lib/db";

export const RECONCILE_PHASES = [
  "webhook",
  "groups",
  "active",
  "unsubscribed",
  "bounced",
  "junk",
  "unconfirmed",
  "missing",
] as const;
export type ReconcilePhase = (typeof RECONCILE_PHASES)[number];

const open = { state: { in: ["queued", "running"] } };

/** Queues a pass unless one is already waiting or running; returns whether it queued one. */
export async function queueReconcileRun(requestedBy: string | null): Promise<boolean> {
  if (await db.reconcileRun.count({ where: open })) return false;
  await db.reconcileRun.create({ data: { requestedBy } });
  return true;
}

/** The pass to carry on (or start), queueing a scheduled one when the last began over `everyMs` before `now`. */
export async function currentReconcileRun(everyMs: number, now: Date) {
  const current = await db.reconcileRun.findFirst({ where: open, orderBy: { requestedAt: "asc" } });
  if (current) return current;
  const last = await db.reconcileRun.findFirst({
    orderBy: { requestedAt: "desc" },
    select: { requestedAt: true },
  });
  if (last && now.getTime() - last.requestedAt.getTime() < everyMs) return null;
  return db.reconcileRun.create({ data: { requestedBy: null, requestedAt: now } });
}

export type ReconcileProgress = {
  phase?: ReconcilePhase | "done";
  cursor?: string | null;
  pages?: number;
  seen?: number;
  adopted?: number;
  repaired?: number;
  /** Members the pass did not list, read back one by one; those MailerLite no longer holds. */
  vanished?: number;
  missing?: number;
  unmatched?: number;
  unmatchedNotes?: string;
  error?: string | null;
};

/** Adds counts to a pass and moves it on; "done" finishes it (at `now`). */
export async function advanceReconcileRun(id: string, progress: ReconcileProgress, now: Date): Promise<void> {
  const { phase, cursor, error, unmatchedNotes, ...counts } = progress;
  const increments = Object.fromEntries(Object.entries(counts).map(([key, n]) => [key, { increment: n }]));
  const finished = phase === "done";
  await db.reconcileRun.update({
    where: { id },
    data: {
      ...increments,
      ...(phase ? { phase: finished ? "missing" : phase } : {}),
      ...(cursor !== undefined ? { cursor } : {}),
      ...(error !== undefined ? { error } : {}),
      ...(unmatchedNotes !== undefined ? { unmatchedNotes } : {}),
      ...(finished ? { state: "done", finishedAt: now, cursor: null } : {}),
    },
  });
}

export async function startReconcileRun(id: string, now: Date): Promise<void> {
  await db.reconcileRun.updateMany({
    where: { id, state: "queued" },
    data: { state: "running", startedAt: now, phase: "webhook" },
  });
}

export async function failReconcileRun(id: string, error: string, now: Date): Promise<void> {
  await db.reconcileRun.update({
    where: { id },
    data: { state: "failed", finishedAt: now, error: error.slice(0, 500) },
  });
}

export async function readUnmatchedNotes(id: string): Promise<string> {
  const run = await db.reconcileRun.findUnique({ where: { id }, select: { unmatchedNotes: true } });
  return run?.unmatchedNotes ?? "";
}

/** The latest passes, newest first, for /admin/sync. */
export async function recentReconcileRuns(take = 5) {
  return db.reconcileRun.findMany({
    orderBy: { requestedAt: "desc" },
    take,
    select: {
      id: true,
      requestedAt: true,
      requestedBy: true,
      startedAt: true,
      finishedAt: true,
      state: true,
      phase: true,
      pages: true,
      seen: true,
      adopted: true,
      repaired: true,
      vanished: true,
      missing: true,
      unmatched: true,
      unmatchedNotes: true,
      error: true,
    },
  });
}
