import "server-only";
import { requireAdmin } from "@/lib/auth/session";
import { applyImportMapping } from "@/lib/member-import/apply-import-mapping";
import { listImports } from "@/lib/member-import/list-imports";
import { listRowsToReview } from "@/lib/member-import/list-rows-to-review";
import { readImport } from "@/lib/member-import/read-import";
import { startImport } from "@/lib/member-import/start-import";
import { uploadImport } from "@/lib/member-import/upload-import";
import { writeImportReport } from "@/lib/member-import/write-import-report";
import type { ImportMappingInput } from "@/lib/validation/member-import";

/** An admin uploads a CSV file: checked whole (nothing is stored if it is not valid), kept as a draft. */
export async function uploadMemberImport(fileName: string, bytes: Uint8Array): Promise<string> {
  const admin = await requireAdmin();
  return uploadImport(fileName, bytes, admin.id);
}

/** One import as its page shows it: the file's columns and mapping, the preview's counts, the progress. */
export async function getMemberImport(id: string) {
  await requireAdmin();
  return readImport(id);
}
export type MemberImportView = NonNullable<Awaited<ReturnType<typeof getMemberImport>>>;

/** The rows an admin should look at: those that cannot be imported and those with a note, a page at a time. */
export async function listImportRowsToReview(id: string, page: number) {
  await requireAdmin();
  return listRowsToReview(id, page);
}

/**
 * Reads the file through the admin's mapping and stores the preview; returns the mapping's errors (by
 * field) instead when it cannot be used.
 */
export async function previewMemberImport(input: ImportMappingInput): Promise<Record<string, string[]> | null> {
  const admin = await requireAdmin();
  return applyImportMapping(input, admin);
}

/** The admin starts a previewed import: the background work imports its rows; the file itself is dropped. */
export async function startMemberImport(id: string): Promise<boolean> {
  const admin = await requireAdmin();
  return startImport(id, admin.id);
}

/** The report: every row that was not imported, or imported with a note, and why (CSV, cells neutralised). */
export async function importReportCsv(id: string): Promise<{ fileName: string; csv: string } | null> {
  await requireAdmin();
  return writeImportReport(id);
}

/** The latest imports, newest first. */
export async function listMemberImports(take = 10) {
  await requireAdmin();
  return listImports(take);
}
