import "server-only";
import { listRecentMails } from "@/lib/email/list-recent-mails";
import { env } from "@/lib/env";

/** Outside production only: the latest mails, for /dev/mailbox. */
export async function listDevMailbox() {
  if (env.NODE_ENV === "production") return [];
  return listRecentMails(50);
}
