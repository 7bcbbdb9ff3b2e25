import { getSyncBanner } from "@/lib/data/admin-sync";
import { syncBannerMessage } from "./sync-banner-message";

/** Tells admins, on every admin page, when changes cannot reach MailerLite. */
export async function SyncBanner() {
  const message = syncBannerMessage(await getSyncBanner());
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
