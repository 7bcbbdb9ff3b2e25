import { readCsv, type CsvDelimiter } from "@/lib/csv/read-csv";
import { restoreNeutralizedCell } from "@/lib/csv/neutralize-cell";
import { emailField, firstNameField, lastNameField } from "@/lib/validation/fields";
import type { ColumnUse } from "@/lib/validation/column-use";

/** A data row as the mapping reads it; null: the file says nothing about it (the member's value is kept). */
export type ImportRow = {
  row: number;
  email: string;
  firstName: string | null;
  lastName: string | null;
  newsletter: boolean | null;
  interestIds: string[] | null;
  problems: string[];
};

export type InterestRef = { id: string; name: string; archived: boolean };

const YES = new Set(["yes", "y", "true", "1", "x", "subscribed", "on", "ja", "oui", "sí", "si"]);
const NO = new Set(["no", "n", "false", "0", "", "unsubscribed", "off", "nein", "non"]);

function yesNo(cell: string): boolean | null {
  const value = cell.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return null;
}

const key = (name: string) => name.trim().toLowerCase();

function readRow(
  cells: string[],
  mapping: ColumnUse[],
  interests: Map<string, InterestRef>,
  row: number,
): ImportRow {
  const result: ImportRow = {
    row,
    email: "",
    firstName: null,
    lastName: null,
    newsletter: null,
    interestIds: null,
    problems: [],
  };
  const chosen = new Set<string>();
  mapping.forEach((use, index) => {
    const cell = restoreNeutralizedCell(cells[index] ?? "");
    if (use === "ignore") return;
    if (use === "email") {
      const parsed = emailField.safeParse(cell);
      if (parsed.success) result.email = parsed.data;
      else {
        result.email = cell.trim().toLowerCase();
        result.problems.push(`Email: ${parsed.error.issues[0]?.message ?? "not valid"}`);
      }
    } else if (use === "firstName" || use === "lastName") {
      if (cell.trim() === "") return;
      const parsed = (use === "firstName" ? firstNameField : lastNameField).safeParse(cell);
      if (parsed.success) result[use] = parsed.data;
      else result.problems.push(parsed.error.issues[0]?.message ?? "Name not valid");
    } else if (use === "newsletter") {
      const value = yesNo(cell);
      if (value === null) result.problems.push(`Newsletter: "${cell}" is neither yes nor no`);
      else result.newsletter = value;
    } else if (use === "interests") {
      result.interestIds ??= [];
      for (const name of cell
        .split(/[;,|]/)
        .map((n) => n.trim())
        .filter(Boolean)) {
        const interest = interests.get(key(name));
        if (!interest) result.problems.push(`Unknown interest "${name}"`);
        else if (interest.archived) result.problems.push(`Interest "${interest.name}" is archived`);
        else chosen.add(interest.id);
      }
    } else {
      result.interestIds ??= [];
      const value = yesNo(cell);
      const interestId = use.slice("interest:".length);
      if (value === null)
        result.problems.push(
          `${[...interests.values()].find((i) => i.id === interestId)?.name ?? "Interest"}: "${cell}" is neither yes nor no`,
        );
      else if (value) chosen.add(interestId);
    }
  });
  if (result.interestIds) result.interestIds = [...chosen].sort();
  return result;
}

/** The file's data rows (the header skipped), each read through the mapping and checked like a sign-up. */
export async function* readImportRows(
  text: string,
  delimiter: CsvDelimiter,
  mapping: ColumnUse[],
  interests: InterestRef[],
): AsyncGenerator<ImportRow> {
  const byName = new Map(interests.map((i) => [key(i.name), i]));
  let header = true;
  for await (const { row, cells, width } of readCsv(text, delimiter)) {
    if (header) {
      header = false;
      continue;
    }
    const read = readRow(cells, mapping, byName, row);
    if (cells.length !== width)
      read.problems.unshift(`The row has ${cells.length} cells; the header has ${width}`);
    yield read;
  }
}
