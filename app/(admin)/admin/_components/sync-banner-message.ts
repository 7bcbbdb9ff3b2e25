/** What admins are told when member changes cannot reach MailerLite, or null when they can. */
export function syncBannerMessage({
  configured,
  paused,
  waiting,
}: {
  configured: boolean;
  paused: string | null;
  waiting: number;
}) {
  const changes = `${waiting} change${waiting === 1 ? "" : "s"} waiting`;
  if (!configured) return `MailerLite not configured — ${changes}`;
  if (paused) return `${paused} — sync is paused until the key changes; ${changes}`;
  return null;
}
