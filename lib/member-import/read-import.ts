import "server-only";
import type { CsvDelimiter } from "@/lib/csv/read-csv";
import { db } from "@/lib/db";
import { readOfferedInterests } from "@/lib/interests/read-offered-interests";
import type { ColumnUse } from "@/lib/validation/column-use";
import { guessMapping } from "./column-mapping";
import type { ImportColumn } from "./import-column";

/** One import as its page shows it: the file's columns and mapping, the preview's counts, the progress. */
export async function readImport(id: string) {
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
  const interests = await readOfferedInterests();
  const columns = JSON.parse(found.columns) as ImportColumn[];
  const mapping = found.mapping
    ? (JSON.parse(found.mapping) as ColumnUse[])
    : guessMapping(columns, interests);
  const toImport = found.rowCount - found.previewInvalid - found.previewDupes;
  return { ...found, columns, mapping, interests, toImport, delimiter: found.delimiter as CsvDelimiter };
}
