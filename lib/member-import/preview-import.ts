import "server-only";
import { db } from "@/lib/db";
import type { CsvDelimiter } from "@/lib/csv/read-csv";
import { findDepartures } from "@/lib/members/departed-address";
import type { ColumnUse } from "@/lib/validation/column-use";
import { existingMembers } from "./existing-members";
import { planRowChange, type FileStatements } from "./plan-row-change";
import { readImportRows, type ImportRow } from "./read-import-rows";

export type PreviewCounts = {
  new: number;
  updated: number;
  unchanged: number;
  invalid: number;
  duplicate: number;
};

type PreviewedRow = ImportRow & { preview: keyof PreviewCounts; problem: string | null; note: string | null };

/**
 * Reads the whole file through the mapping and stores each row with what importing it would do (new,
 * updated, unchanged, invalid — a person who left among them — or a duplicate of an earlier row), replacing
 * an earlier preview. Nothing else is written.
 */
export async function previewImport(
  importId: string,
  file: { source: string; delimiter: CsvDelimiter },
  mapping: ColumnUse[],
  statements: FileStatements,
): Promise<PreviewCounts> {
  const interests = (await db.interest.findMany({ select: { id: true, name: true, archivedAt: true } })).map(
    (i) => ({ id: i.id, name: i.name, archived: i.archivedAt !== null }),
  );
  const rows: PreviewedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for await (const row of readImportRows(file.source, file.delimiter, mapping, interests)) {
    const first = row.problems.length === 0 ? firstRowOf.get(row.email) : undefined;
    if (first !== undefined) {
      rows.push({ ...row, preview: "duplicate", problem: `Same address as row ${first}`, note: null });
      continue;
    }
    if (row.problems.length === 0) firstRowOf.set(row.email, row.row);
    rows.push({ ...row, preview: "new", problem: null, note: null });
  }
  const existing = await existingMembers(db, [...firstRowOf.keys()]);
  const departures = await findDepartures(db, [...firstRowOf.keys()]);
  const counts: PreviewCounts = { new: 0, updated: 0, unchanged: 0, invalid: 0, duplicate: 0 };
  for (const row of rows) {
    if (row.preview !== "duplicate") {
      const change = planRowChange(
        row,
        existing.get(row.email) ?? null,
        departures.get(row.email) ?? null,
        statements,
      );
      row.preview = change.kind === "create" ? "new" : change.kind === "update" ? "updated" : change.kind;
      if (change.kind === "invalid") row.problem = change.problem;
      if (change.kind === "update" || change.kind === "unchanged") row.note = change.note;
    }
    counts[row.preview] += 1;
  }
  await db.memberImportRow.deleteMany({ where: { importId } });
  for (let start = 0; start < rows.length; start += 500) {
    await db.memberImportRow.createMany({
      data: rows.slice(start, start + 500).map((row) => ({
        importId,
        row: row.row,
        email: row.email.slice(0, 320),
        firstName: row.firstName,
        lastName: row.lastName,
        newsletter: row.newsletter,
        interests: row.interestIds?.join(",") ?? null,
        preview: row.preview,
        problem: row.problem,
        note: row.note,
      })),
    });
  }
  return counts;
}
