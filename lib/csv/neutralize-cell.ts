/**
 * A cell a spreadsheet would read as a formula (=, +, -, @, tab or carriage return first) gets a leading
 * apostrophe, so an exported name like `=HYPERLINK(...)` stays text when the file is opened.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
