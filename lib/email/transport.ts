import nodemailer, { type Transporter } from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { env } from "@/lib/env";
import { assertSingleRecipient } from "./single-recipient";

export type OutgoingMail = { to: string; subject: string; text: string; html: string; fromName?: string };

/** EMAIL_FROM's address, under the club's sender name when one is given. */
function sender(fromName: string | undefined) {
  if (!fromName) return env.EMAIL_FROM;
  const address = /<([^>]+)>\s*$/.exec(env.EMAIL_FROM)?.[1] ?? env.EMAIL_FROM.trim();
  return { name: fromName, address };
}
export type MailTransport = (mail: OutgoingMail) => Promise<void>;

let smtp: Transporter | undefined;
/** As many as the outbox sends in parallel (deliver-due-mails). */
export const SMTP_CONNECTIONS = 8;

/**
 * Pooled: connections are reused, up to as many as the outbox sends at once. Timeouts well inside the
 * outbox lease (60 s), so that no other sender takes the mail over meanwhile. (The URL is parsed here:
 * given as `url`, nodemailer would drop every other option.)
 */
function pooledTransport(url: string): Transporter {
  const options: SMTPPool.Options = {
    ...parseConnectionUrl(url),
    pool: true,
    maxConnections: SMTP_CONNECTIONS,
    maxMessages: 1_000,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  };
  return nodemailer.createTransport(options, { from: env.EMAIL_FROM });
}

/** Sends over SMTP_URL; without it, writes the mail (and so its link) to the server log. */
export const sendMail: MailTransport = async (mail) => {
  assertSingleRecipient(mail.to);
  if (!env.SMTP_URL) {
    console.info(`[mail] To: ${mail.to}\n[mail] Subject: ${mail.subject}\n${mail.text}`);
    return;
  }
  smtp ??= pooledTransport(env.SMTP_URL);
  const { fromName, ...content } = mail;
  await smtp.sendMail({ ...content, from: sender(fromName) });
};

/** Closes the pool's idle connections (at shutdown). */
export function closeMailTransport(): void {
  smtp?.close();
  smtp = undefined;
}
