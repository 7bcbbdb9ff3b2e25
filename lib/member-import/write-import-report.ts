import "server-only";
import { stringify } from "csv-stringify/sync";
import { neutralizeCell } from "@/lib/csv/neutralize-cell";
import { db } from "@/lib/db";

const RESULT: Record<string, string> = {
  invalid: "not imported (invalid)",
  duplicate: "not imported (duplicate)",
  failed: "not imported",
};

/** The report: every row that was not imported, or imported with a note, and why (CSV, cells neutralised). */
export async function writeImportReport(id: string): Promise<{ fileName: string; csv: string } | null> {
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
