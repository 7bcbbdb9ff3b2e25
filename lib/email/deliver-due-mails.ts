import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { claimDueMails, markMailFailed, markMailSent, stillHoldsMail } from "./mail-outbox";
import type { MailContent } from "./templates";
import { sendMail, type MailTransport } from "./transport";

const MAX_DELAY_MS = 30 * 60 * 1000;
/** This process, as the owner of the mails it claims. */
const SENDER = randomUUID();

/** A queued mail's content, composed just before it is sent; `abandon` undoes what composing made. */
export type ComposedMail = { content: MailContent; abandon?: () => Promise<void>; fromName?: string };
export type MailComposer = (mail: {
  to: string;
  kind: string;
  memberId: string | null;
}) => Promise<ComposedMail>;

/**
 * Sends the mails that are due, each claimed just before it is composed and sent (its lease outlasts the SMTP
 * timeouts); a failure is retried later with a growing delay, never dropped.
 */
export async function deliverDueMails(
  compose: MailComposer,
  transport: MailTransport = sendMail,
): Promise<number> {
  let sent = 0;
  for (let count = 0; count < 20; count += 1) {
    const [mail] = await claimDueMails(SENDER, 1);
    if (!mail) break;
    let composed: ComposedMail | undefined;
    try {
      composed = await compose(mail);
      if (!(await stillHoldsMail(mail.id, SENDER))) {
        await composed.abandon?.();
        continue;
      }
      await transport({ to: mail.to, ...composed.content, fromName: composed.fromName });
    } catch (error) {
      await composed?.abandon?.();
      const attempts = mail.attempts + 1;
      const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** attempts) * (0.5 + Math.random() / 2);
      const message = error instanceof Error ? error.message : String(error);
      console.warn(`[mail] delivery to a member failed (attempt ${attempts}): ${message}`);
      await markMailFailed(mail.id, SENDER, attempts, message, new Date(Date.now() + delay));
      continue;
    }
    // Only a development server keeps what it sent (for /dev/mailbox): elsewhere no link is ever stored.
    await markMailSent(mail.id, env.NODE_ENV === "development" ? composed.content : null);
    sent += 1;
  }
  return sent;
}
