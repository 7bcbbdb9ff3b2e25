/** MailerLite's "YYYY-MM-DD HH:MM:SS" (UTC). */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}
