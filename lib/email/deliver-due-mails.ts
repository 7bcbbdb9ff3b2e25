import "server-only";
import { claimDueMails, markMailFailed, markMailSent } from "@/lib/data/outbound-mail";
import { sendMail, type MailTransport } from "./transport";

const MAX_DELAY_MS = 30 * 60 * 1000;

/** Sends the mails that are due; a failure is retried later with a growing delay, never dropped. */
export async function deliverDueMails(transport: MailTransport = sendMail): Promise<number> {
  const mails = await claimDueMails(20);
  for (const mail of mails) {
    try {
      await transport(mail);
      await markMailSent(mail.id);
    } catch (error) {
      const attempts = mail.attempts + 1;
      const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** attempts) * (0.5 + Math.random() / 2);
      const message = error instanceof Error ? error.message : String(error);
      console.warn(`[mail] delivery to a member failed (attempt ${attempts}): ${message}`);
      await markMailFailed(mail.id, attempts, message, new Date(Date.now() + delay));
    }
  }
  return mails.length;
}
