import "server-only";
import { isAdminEmail } from "@/lib/auth/admins";
import { backgroundWork } from "@/lib/background/signal";
import { db } from "@/lib/db";
import { countMailAttempt } from "@/lib/email/mail-limits";
import { enqueueMail } from "@/lib/email/mail-outbox";
import { noAccountMail } from "@/lib/email/templates";
import { env } from "@/lib/env";
import { recordMemberChange } from "@/lib/members/record-member-change";

/**
 * A visitor asks for a sign-in link: open to anyone within the hourly mail limits. Returns true when the
 * caller should send a sign-in link; for an unknown address a "no account yet" note is queued instead.
 * Admin addresses always get a link (their account is created).
 */
export async function requestSignIn(email: string, ip: string): Promise<boolean> {
  const sendLink = await db.$transaction(async (tx) => {
    await countMailAttempt(tx, email, ip);
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) return true;
    if (isAdminEmail(email)) {
      const admin = await tx.user.create({ data: { email }, select: { id: true } });
      await recordMemberChange(tx, { kind: "system" }, "admin.account_created", admin.id);
      return true;
    }
    await enqueueMail(tx, { to: email, ...noAccountMail(`${env.APP_URL}/signup`) });
    return false;
  });
  backgroundWork.wake();
  return sendLink;
}
