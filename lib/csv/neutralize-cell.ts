const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would read as a formula (=, +, -, @, tab or carriage return first) gets a leading
 * apostrophe, so an exported name like `=HYPERLINK(...)` stays text when the file is opened.
 */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The value an exported cell stood for: a re-imported export reads as it was written. */
export function restoreNeutralizedCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
