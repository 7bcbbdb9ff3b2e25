import "server-only";
import { db } from "@/lib/db";

/** The latest mails the app queued, newest first (the development mailbox). */
export async function listRecentMails(take: number) {
  return db.outboundMail.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, text: true, createdAt: true, sentAt: true },
  });
}
