/** A UTC timestamp as admins read it, or a dash. */
export function formatTime(date: Date | null | undefined): string {
  return date ? `${date.toISOString().replace("T", " ").slice(0, 19)} UTC` : "—";
}
