import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/** Outside production only: the latest mails, for /dev/mailbox. */
export async function listDevMailbox() {
  if (env.NODE_ENV === "production") return [];
  return db.outboundMail.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, createdAt: true, sentAt: true },
  });
}
