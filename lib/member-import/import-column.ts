/** A column of an uploaded file: its header and its first row's cell. */
export type ImportColumn = { name: string; sample: string };
