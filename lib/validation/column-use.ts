/** The member fields a file's column can hold, or nothing the import uses ("ignore"). */
export const COLUMN_FIELDS = ["ignore", "email", "firstName", "lastName", "newsletter", "interests"] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

/** What a file's column holds: a member field, one interest as yes/no, or nothing the import uses. */
export type ColumnUse = ColumnField | `interest:${string}`;

const FIELDS = new Set<string>(COLUMN_FIELDS);

export function isColumnUse(value: string): value is ColumnUse {
  return FIELDS.has(value) || /^interest:[\w-]{1,64}$/.test(value);
}
