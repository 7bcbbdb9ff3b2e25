import "server-only";
import { stringify } from "csv-stringify/sync";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireAdmin } from "@/lib/auth/session";
import { backgroundWork } from "@/lib/outbox/background-work";
import { neutralizeCell } from "@/lib/csv/neutralize-cell";
import type { CsvDelimiter } from "@/lib/csv/read-csv";
import { db } from "@/lib/db";
import { guessMapping, mappingErrors } from "@/lib/member-import/column-mapping";
import type { ColumnUse } from "@/lib/validation/column-use";
import { previewImport } from "@/lib/member-import/preview-import";
import { readImportFile } from "@/lib/member-import/read-import-file";
import { transaction } from "@/lib/transaction";
import { IMPORT_CONSENT_LABEL, IMPORT_INTERESTS_LABEL } from "@/lib/validation/consent-labels";
import type { ImportMappingInput } from "@/lib/validation/member-import";

export const REVIEW_PAGE_SIZE = 50;

const safeFileName = (name: string) => name.replace(/[^\p{L}\p{N} ._()-]/gu, "_").slice(0, 120) || "members.csv";

/** An admin uploads a CSV file: checked whole (nothing is stored if it is not valid), kept as a draft. */
export async function uploadMemberImport(fileName: string, bytes: Uint8Array): Promise<string> {
  const admin = await requireAdmin();
  const file = await readImportFile(bytes);
  return transaction(async (tx) => {
    const created = await tx.memberImport.create({
      data: {
        createdBy: admin.id,
        fileName: safeFileName(fileName),
        source: file.text,
        delimiter: file.delimiter,
        columns: JSON.stringify(file.columns),
        rowCount: file.rowCount,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: { kind: "admin", ref: admin.id },
      action: "admin.uploaded_import",
      subject: created.id,
      detail: `${safeFileName(fileName)}: ${file.rowCount} rows`,
    });
    return created.id;
  });
}

export type ImportColumn = { name: string; sample: string };

/** One import as its page shows it: the file's columns and mapping, the preview's counts, the progress. */
export async function getMemberImport(id: string) {
  await requireAdmin();
  const found = await db.memberImport.findUnique({
    where: { id },
    select: {
      id: true,
      createdAt: true,
      fileName: true,
      delimiter: true,
      columns: true,
      mapping: true,
      state: true,
      consentBy: true,
      consentAt: true,
      interestsBy: true,
      interestsAt: true,
      rowCount: true,
      previewNew: true,
      previewUpdated: true,
      previewSame: true,
      previewInvalid: true,
      previewDupes: true,
      processed: true,
      created: true,
      updated: true,
      unchanged: true,
      failed: true,
      startedAt: true,
      finishedAt: true,
      error: true,
    },
  });
  if (!found) return null;
  const interests = await db.interest.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const columns = JSON.parse(found.columns) as ImportColumn[];
  const mapping = found.mapping
    ? (JSON.parse(found.mapping) as ColumnUse[])
    : guessMapping(columns.map((c) => c.name), interests);
  const toImport = found.rowCount - found.previewInvalid - found.previewDupes;
  return { ...found, columns, mapping, interests, toImport, delimiter: found.delimiter as CsvDelimiter };
}
export type MemberImportView = NonNullable<Awaited<ReturnType<typeof getMemberImport>>>;

/** The rows an admin should look at: those that cannot be imported and those with a note, a page at a time. */
export async function listImportRowsToReview(id: string, page: number) {
  await requireAdmin();
  const where = { importId: id, OR: [{ problem: { not: null } }, { note: { not: null } }] };
  const [rows, total] = await Promise.all([
    db.memberImportRow.findMany({
      where,
      orderBy: { row: "asc" },
      skip: (page - 1) * REVIEW_PAGE_SIZE,
      take: REVIEW_PAGE_SIZE,
      select: { row: true, email: true, preview: true, outcome: true, problem: true, note: true },
    }),
    db.memberImportRow.count({ where }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE)) };
}

/**
 * Reads the file through the admin's mapping and stores the preview; returns the mapping's errors (by
 * field) instead when it cannot be used. The admin's statements (consent to the newsletter, interests the
 * members asked for) are recorded with who and when.
 */
export async function previewMemberImport(input: ImportMappingInput): Promise<Record<string, string[]> | null> {
  const admin = await requireAdmin();
  const found = await db.memberImport.findUnique({
    where: { id: input.id },
    select: { source: true, delimiter: true, columns: true, state: true },
  });
  if (!found?.source || !["draft", "previewed"].includes(found.state)) {
    return { form: ["This import has started already; upload the file again to change it"] };
  }
  const columns = JSON.parse(found.columns) as ImportColumn[];
  if (input.mapping.length !== columns.length) return { form: ["Choose what each column holds"] };
  const active = await db.interest.findMany({ where: { archivedAt: null }, select: { id: true } });
  const errors = mappingErrors(input.mapping, new Set(active.map((i) => i.id)));
  if (Object.keys(errors).length > 0) return errors;
  const counts = await previewImport(
    input.id,
    { source: found.source, delimiter: found.delimiter as CsvDelimiter },
    input.mapping,
    { newsletter: input.consent, interests: input.interestsAsked },
  );
  await transaction(async (tx) => {
    await tx.memberImport.update({
      where: { id: input.id },
      data: {
        state: "previewed",
        mapping: JSON.stringify(input.mapping),
        consentBy: input.consent ? admin.email : null,
        consentAt: input.consent ? new Date() : null,
        interestsBy: input.interestsAsked ? admin.email : null,
        interestsAt: input.interestsAsked ? new Date() : null,
        previewNew: counts.new,
        previewUpdated: counts.updated,
        previewSame: counts.unchanged,
        previewInvalid: counts.invalid,
        previewDupes: counts.duplicate,
      },
    });
    await recordAudit(tx, {
      actor: { kind: "admin", ref: admin.id },
      action: "admin.previewed_import",
      subject: input.id,
      detail: JSON.stringify({
        ...counts,
        consent: input.consent ? IMPORT_CONSENT_LABEL : null,
        interests: input.interestsAsked ? IMPORT_INTERESTS_LABEL : null,
      }),
    });
  });
  return null;
}

/** The admin starts a previewed import: the background work imports its rows; the file itself is dropped. */
export async function startMemberImport(id: string): Promise<boolean> {
  const admin = await requireAdmin();
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
    await recordAudit(tx, { actor: { kind: "admin", ref: admin.id }, action: "admin.started_import", subject: id });
    return true;
  });
  if (started) backgroundWork.wake();
  return started;
}

const RESULT: Record<string, string> = {
  invalid: "not imported (invalid)",
  duplicate: "not imported (duplicate)",
  failed: "not imported",
};

/** The report: every row that was not imported, or imported with a note, and why (CSV, cells neutralised). */
export async function importReportCsv(id: string): Promise<{ fileName: string; csv: string } | null> {
  await requireAdmin();
  const found = await db.memberImport.findUnique({ where: { id }, select: { fileName: true } });
  if (!found) return null;
  const rows = await db.memberImportRow.findMany({
    where: { importId: id, OR: [{ problem: { not: null } }, { note: { not: null } }] },
    orderBy: { row: "asc" },
    select: { row: true, email: true, preview: true, outcome: true, problem: true, note: true },
  });
  const lines = rows.map((r) =>
    [
      String(r.row),
      r.email,
      RESULT[r.outcome === "failed" ? "failed" : r.preview] ?? `imported (${r.outcome ?? r.preview})`,
      [r.problem, r.note].filter(Boolean).join("; "),
    ].map(neutralizeCell),
  );
  return {
    fileName: `${found.fileName.replace(/\.csv$/i, "")}-report.csv`,
    csv: stringify([["row", "email", "result", "reason"], ...lines]),
  };
}

/** The latest imports, newest first. */
export async function listMemberImports(take = 10) {
  await requireAdmin();
  return db.memberImport.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, createdAt: true, fileName: true, state: true, rowCount: true, processed: true },
  });
}
