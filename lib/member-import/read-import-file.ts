import { CsvFormatError, detectDelimiter, readCsv, type CsvDelimiter } from "@/lib/csv/read-csv";
import { AppError } from "@/lib/errors";
import { MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/validation/limits";

export type ImportFile = {
  text: string;
  delimiter: CsvDelimiter;
  columns: { name: string; sample: string }[];
  rowCount: number;
};

const invalid = (message: string) => new AppError("INVALID_INPUT", message, "file");

/**
 * Checks an uploaded file before anything is stored: size, UTF-8 (a BOM is dropped), comma or semicolon
 * CSV that parses to the end, a header, at least one and at most MAX_IMPORT_ROWS rows.
 */
export async function readImportFile(bytes: Uint8Array): Promise<ImportFile> {
  if (bytes.byteLength === 0) throw invalid("The file is empty");
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    throw invalid(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalid("The file is not UTF-8 text: save it as “CSV UTF-8” and upload it again");
  }
  const delimiter = detectDelimiter(text);
  let header: string[] | null = null;
  let sample: string[] = [];
  let rowCount = 0;
  try {
    for await (const { cells } of readCsv(text, delimiter)) {
      if (!header) {
        header = cells.map((c) => c.trim());
        if (header.length > MAX_IMPORT_COLUMNS)
          throw invalid(`The file has more than ${MAX_IMPORT_COLUMNS} columns`);
        continue;
      }
      if (rowCount === 0) sample = cells;
      rowCount += 1;
      if (rowCount > MAX_IMPORT_ROWS)
        throw invalid(
          `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows; split it into smaller files`,
        );
    }
  } catch (error) {
    if (error instanceof CsvFormatError) throw invalid(`The file is not valid CSV. ${error.message}.`);
    throw error;
  }
  if (!header || rowCount === 0) throw invalid("The file has a header but no rows");
  const columns = header.map((name, index) => ({
    name: name || `Column ${index + 1}`,
    sample: (sample[index] ?? "").slice(0, 80),
  }));
  return { text, delimiter, columns, rowCount };
}
