/** A date column as a plain statement returns it: a Date on PostgreSQL, text or epoch milliseconds on SQLite. */
export type RawDate = Date | string | number;

export function rawDate(value: RawDate): Date;
export function rawDate(value: RawDate | null): Date | null;
export function rawDate(value: RawDate | null): Date | null {
  return value === null ? null : new Date(value);
}
