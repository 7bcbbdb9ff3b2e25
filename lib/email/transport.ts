import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type OutgoingMail = { to: string; subject: string; text: string; html: string; fromName?: string };

/** EMAIL_FROM's address, under the club's sender name when one is given. */
function sender(fromName: string | undefined) {
  if (!fromName) return env.EMAIL_FROM;
  const address = /<([^>]+)>\s*$/.exec(env.EMAIL_FROM)?.[1] ?? env.EMAIL_FROM.trim();
  return { name: fromName, address };
}
export type MailTransport = (mail: OutgoingMail) => Promise<void>;

let smtp: Transporter | undefined;

/** Sends over SMTP_URL; without it, writes the mail (and so its link) to the server log. */
export const sendMail: MailTransport = async (mail) => {
  if (!env.SMTP_URL) {
    console.info(`[mail] To: ${mail.to}\n[mail] Subject: ${mail.subject}\n${mail.text}`);
    return;
  }
  // Timeouts well inside the outbox lease (60 s), so that no other sender takes the mail over meanwhile.
  smtp ??= nodemailer.createTransport(
    { url: env.SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 },
    { from: env.EMAIL_FROM },
  );
  const { fromName, ...content } = mail;
  await smtp.sendMail({ ...content, from: sender(fromName) });
};
