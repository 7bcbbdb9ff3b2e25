import { getSyncBanner } from "@/lib/data/sync-overview";

/** Tells admins, on every admin page, when changes cannot reach MailerLite. */
export async function SyncBanner() {
  const { configured, paused, waiting } = await getSyncBanner();
  const changes = `${waiting} change${waiting === 1 ? "" : "s"} waiting`;
  const message = !configured
    ? `MailerLite not configured — ${changes}`
    : paused
      ? `${paused} — sync is paused until the key changes; ${changes}`
      : null;
  if (!message) return null;
  return (
    <p
      role="alert"
      className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      {message}
    </p>
  );
}
