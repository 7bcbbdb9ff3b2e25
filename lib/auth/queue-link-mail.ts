import "server-only";
import { backgroundWork } from "@/lib/background/signal";
import { db } from "@/lib/db";
import { enqueueMail } from "@/lib/email/mail-outbox";
import { confirmEmailMail, signInMail } from "@/lib/email/templates";

/** Called by Auth.js when a link is made: a confirmation for an unconfirmed address, else a sign-in link. */
export async function queueLinkMail(email: string, url: string): Promise<void> {
  const member = await db.user.findUnique({ where: { email }, select: { emailVerified: true } });
  if (!member) return;
  await enqueueMail(db, { to: email, ...(member.emailVerified ? signInMail(url) : confirmEmailMail(url)) });
  backgroundWork.wake();
}
