import "server-only";
import { claimDueMails, markMailFailed, markMailSent } from "./mail-outbox";
import { sendMail, type MailTransport } from "./transport";

const MAX_DELAY_MS = 30 * 60 * 1000;

/**
 * Sends the mails that are due, each claimed just before it is sent (its lease outlasts the SMTP timeouts);
 * a failure is retried later with a growing delay, never dropped.
 */
export async function deliverDueMails(transport: MailTransport = sendMail): Promise<number> {
  let sent = 0;
  for (let count = 0; count < 20; count += 1) {
    const [mail] = await claimDueMails(1);
    if (!mail) break;
    try {
      await transport(mail);
    } catch (error) {
      const attempts = mail.attempts + 1;
      const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** attempts) * (0.5 + Math.random() / 2);
      const message = error instanceof Error ? error.message : String(error);
      console.warn(`[mail] delivery to a member failed (attempt ${attempts}): ${message}`);
      await markMailFailed(mail.id, attempts, message, new Date(Date.now() + delay));
      continue;
    }
    // Once the SMTP server has accepted the mail it is never sent again, even if recording that fails.
    await markMailSent(mail.id);
    sent += 1;
  }
  return sent;
}
