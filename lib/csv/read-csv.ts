import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";

export type CsvDelimiter = "," | ";";

/** A file that is not CSV the parser can read, with where: row (1 is the header) and column, when known. */
export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly row: number | null,
    readonly column: number | null,
  ) {
    super(message);
    this.name = "CsvFormatError";
  }
}

/** Comma or semicolon: whichever separates more cells in the first line (outside quotes). */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ",") commas += 1;
    else if (!quoted && char === ";") semicolons += 1;
  }
  return semicolons > commas ? ";" : ",";
}

const REASONS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted cell is never closed",
  CSV_INVALID_CLOSING_QUOTE: "a quote inside a cell is not doubled",
  INVALID_OPENING_QUOTE:
    "a quote appears inside a cell that is not quoted (quote the cell and double the quote)",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "text follows a closing quote",
};

function formatError(error: CsvError): CsvFormatError {
  const lines = typeof error.lines === "number" ? error.lines : null;
  const index = typeof error.index === "number" ? error.index : null;
  const reason = REASONS[error.code] ?? error.message;
  const where = [lines !== null ? `row ${lines}` : null, index !== null ? `column ${index + 1}` : null]
    .filter(Boolean)
    .join(", ");
  const message = where ? `${where[0]!.toUpperCase()}${where.slice(1)}: ${reason}` : reason;
  return new CsvFormatError(message, lines, index !== null ? index + 1 : null);
}

/**
 * The records of a CSV text, streamed through csv-parse (quoted cells, CRLF, a BOM); blank lines are skipped.
 * Each record comes with the header's width: a row with more or fewer cells is the reader's to judge, never an
 * error of the whole file. Throws CsvFormatError, naming the row and column, only for text that is not CSV.
 */
export async function* readCsv(
  text: string,
  delimiter: CsvDelimiter,
): AsyncGenerator<{ row: number; cells: string[]; width: number }> {
  const parser = Readable.from([text]).pipe(
    parse({ bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, info: true }),
  );
  let width: number | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      width ??= record.length;
      yield { row: info.lines, cells: record, width };
    }
  } catch (error) {
    if (error instanceof CsvError) throw formatError(error);
    throw error;
  } finally {
    parser.destroy();
  }
}
