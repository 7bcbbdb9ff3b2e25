import "server-only";
import { countMailAttempt } from "@/lib/email/mail-limits";
import { enqueueMail } from "@/lib/email/mail-outbox";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";

/**
 * Someone asks for a sign-in link, within the hourly mail limits. The same work for every address, so the
 * answer's timing tells nothing: which mail it gets (a sign-in link, or a note that there is no account yet)
 * is decided when the mail is sent.
 */
export async function requestSignInLink(email: string, ip: string): Promise<void> {
  await transaction(async (tx) => {
    await countMailAttempt(tx, email, ip);
    await enqueueMail(tx, { to: email, kind: "link" });
  });
  backgroundWork.wake();
}
