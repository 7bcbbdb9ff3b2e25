import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { systemClock, type Clock } from "@/lib/clock";
import { backgroundWork } from "@/lib/outbox/background-work";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { findDepartures } from "@/lib/members/departed-address";
import { leaseQueue, type Holder } from "@/lib/queue/lease-queue";
import { transaction } from "@/lib/transaction";
import { IMPORT_CONSENT_LABEL, IMPORT_INTERESTS_LABEL } from "@/lib/validation/consent-labels";
import { createImportedMembers, updateImportedMember, type ImportContext } from "./apply-row-change";
import { existingMembers } from "./existing-members";
import { planRowChange, type RowChange } from "./plan-row-change";

const LEASE_MS = 60_000;
const STEP_MS = 2_000;

class LeaseLostError extends Error {
  constructor() {
    super("The import was taken over by another worker");
  }
}
const CHUNK = 100;

type Outcome = "created" | "updated" | "unchanged" | "failed";
const OUTCOME: Record<RowChange["kind"], Outcome> = {
  create: "created",
  update: "updated",
  unchanged: "unchanged",
  invalid: "failed",
};

/** Imports queued or running, the oldest first. */
const IMPORTS = leaseQueue({
  table: "MemberImport",
  key: "id",
  open: Prisma.sql`"state" IN ('queued', 'running')`,
  order: "queuedAt",
});

/** Takes the oldest queued import, or one whose worker died (its lease ran out), for `owner`. */
async function claimImport(owner: string, now: Date) {
  const [id] = await IMPORTS.claimDue({ owner, now, ms: LEASE_MS }, 1, {
    set: Prisma.sql`"state" = 'running', "startedAt" = COALESCE("startedAt", ${now})`,
  });
  if (!id) return null;
  return db.memberImport.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      fileName: true,
      createdBy: true,
      consentBy: true,
      consentAt: true,
      interestsBy: true,
      interestsAt: true,
    },
  });
}

type Job = NonNullable<Awaited<ReturnType<typeof claimImport>>>;
type PendingRow = Awaited<ReturnType<typeof pendingRows>>[number];

function pendingRows(importId: string) {
  return db.memberImportRow.findMany({
    where: { importId, state: "pending" },
    orderBy: { row: "asc" },
    take: CHUNK,
    select: { row: true, email: true, firstName: true, lastName: true, newsletter: true, interests: true },
  });
}

function contextOf(job: Job, now: Date): ImportContext {
  return {
    actor: { kind: "admin", ref: job.createdBy },
    importRef: `import of ${job.fileName}`,
    now,
    consentDetail: `Imported from ${job.fileName}; the admin ${job.consentBy ?? "?"} confirmed for the file on ${job.consentAt?.toISOString() ?? "?"}: "${IMPORT_CONSENT_LABEL}".`,
    interestsDetail: `interests added: the admin ${job.interestsBy ?? "?"} confirmed for the file on ${job.interestsAt?.toISOString() ?? "?"}: "${IMPORT_INTERESTS_LABEL}"`,
  };
}

/** Imports rows in the caller's transaction; the import must still be this owner's. */
async function importRows(tx: Tx, job: Job, owner: string, rows: PendingRow[], now: Date) {
  const active = new Set(
    (await tx.interest.findMany({ where: { archivedAt: null }, select: { id: true } })).map((i) => i.id),
  );
  const emails = rows.map((r) => r.email);
  const existing = await existingMembers(tx, emails);
  // Checked again as the rows are imported: a person may have left since the preview.
  const departures = await findDepartures(tx, emails);
  const statements = { newsletter: job.consentAt !== null, interests: job.interestsAt !== null };
  const context = contextOf(job, now);
  const creates: Parameters<typeof createImportedMembers>[1] = [];
  const results: { row: number; outcome: Outcome; note: string | null; problem: string | null }[] = [];
  for (const row of rows) {
    const stored = row.interests === null ? null : row.interests.split(",").filter(Boolean);
    const interestIds = stored?.filter((id) => active.has(id)) ?? null;
    const change = planRowChange(
      { ...row, interestIds, problems: [] },
      existing.get(row.email) ?? null,
      departures.get(row.email) ?? null,
      statements,
    );
    if (change.kind === "create") creates.push({ change, row });
    else if (change.kind === "update") await updateImportedMember(tx, change, row, context);
    const notes = [
      change.kind === "update" || change.kind === "unchanged" ? change.note : null,
      stored && interestIds && stored.length > interestIds.length
        ? "An interest was archived before the import ran"
        : null,
    ].filter(Boolean);
    results.push({
      row: row.row,
      outcome: OUTCOME[change.kind],
      note: notes.length > 0 ? notes.join("; ") : null,
      problem: change.kind === "invalid" ? change.problem : null,
    });
  }
  await createImportedMembers(tx, creates, context);
  await markRowsDone(tx, job.id, results);
  const count = (outcome: Outcome) => results.filter((r) => r.outcome === outcome).length;
  const held = await IMPORTS.renew([job.id], { owner, now, ms: LEASE_MS }, { client: tx });
  if (held.length === 0) throw new LeaseLostError();
  await tx.memberImport.update({
    where: { id: job.id },
    data: {
      processed: { increment: rows.length },
      created: { increment: count("created") },
      updated: { increment: count("updated") },
      unchanged: { increment: count("unchanged") },
      failed: { increment: count("failed") },
    },
  });
}

/** Marks rows done with their outcome: one statement per outcome, one per row that carries a note or problem. */
async function markRowsDone(
  tx: Tx,
  importId: string,
  results: { row: number; outcome: Outcome; note: string | null; problem: string | null }[],
) {
  const plain = results.filter((r) => r.note === null && r.problem === null);
  for (const outcome of new Set(plain.map((r) => r.outcome))) {
    await tx.memberImportRow.updateMany({
      where: { importId, row: { in: plain.filter((r) => r.outcome === outcome).map((r) => r.row) } },
      data: { state: "done", outcome },
    });
  }
  for (const r of results.filter((r) => r.note !== null || r.problem !== null)) {
    await tx.memberImportRow.update({
      where: { importId_row: { importId, row: r.row } },
      data: { state: "done", outcome: r.outcome, note: r.note, ...(r.problem ? { problem: r.problem } : {}) },
    });
  }
}

/** A row the chunk could not import: on its own, or marked failed with why. */
async function importAlone(job: Job, owner: string, row: PendingRow, now: Date) {
  try {
    await transaction((tx) => importRows(tx, job, owner, [row], now));
  } catch (error) {
    if (error instanceof LeaseLostError) throw error;
    const message = error instanceof Error ? error.message.split("\n").at(-1)!.slice(0, 300) : String(error);
    await db.$transaction([
      db.memberImportRow.update({
        where: { importId_row: { importId: job.id, row: row.row } },
        data: { state: "done", outcome: "failed", problem: `Could not be imported: ${message}` },
      }),
      db.memberImport.updateMany({
        where: { id: job.id, leaseOwner: owner },
        data: { processed: { increment: 1 }, failed: { increment: 1 } },
      }),
    ]);
  }
}

async function finishImport(job: Job, holder: Holder) {
  await transaction(async (tx) => {
    const done = await IMPORTS.release([job.id], holder, {
      client: tx,
      where: Prisma.sql`"state" = 'running'`,
      set: Prisma.sql`"state" = 'done', "finishedAt" = ${holder.now}, "source" = NULL`,
    });
    if (done === 0) return;
    const result = await tx.memberImport.findUniqueOrThrow({
      where: { id: job.id },
      select: { created: true, updated: true, unchanged: true, failed: true },
    });
    await recordAudit(tx, {
      actor: { kind: "system" },
      action: "import.finished",
      subject: job.id,
      detail: JSON.stringify(result),
    });
  });
}

/**
 * Moves one import on for about two seconds, a chunk of rows at a time, each chunk in one transaction with
 * its members' audit entries and sync rows (a crash loses no row and imports none twice); wakes the sync
 * after each. Returns whether there was work.
 */
export async function runImportStep(owner: string, clock: Clock = systemClock): Promise<boolean> {
  const job = await claimImport(owner, clock.now());
  if (!job) return false;
  const until = clock.now().getTime() + STEP_MS;
  while (clock.now().getTime() < until) {
    const rows = await pendingRows(job.id);
    if (rows.length === 0) {
      await finishImport(job, { owner, now: clock.now() });
      return true;
    }
    try {
      await transaction((tx) => importRows(tx, job, owner, rows, clock.now()));
    } catch (error) {
      if (error instanceof LeaseLostError) return true;
      try {
        for (const row of rows) await importAlone(job, owner, row, clock.now());
      } catch (alone) {
        if (alone instanceof LeaseLostError) return true;
        throw alone;
      }
    }
    backgroundWork.wake();
  }
  await IMPORTS.release([job.id], { owner, now: clock.now() });
  return true;
}
