import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CapturedMail = {
  to: string[];
  from: string;
  /** The From header as written ("Name <address>"). */
  fromHeader: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: number;
};

/** The folder of `dir` that holds the mails to `address`. */
export function recipientDir(dir: string, address: string): string {
  return path.join(dir, encodeURIComponent(address.toLowerCase()));
}

/** The mails to `address` that the server writing into `dir` received, oldest first. */
export function mailsIn(dir: string, address: string): CapturedMail[] {
  const folder = recipientDir(dir, address);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(folder, file), "utf8")) as CapturedMail);
}

/**
 * A real SMTP server that writes every mail it receives as JSON into `dir`, a folder per recipient, for the
 * tests to read (a poll reads one person's mails, not every mail of the run).
 */
export async function startSmtpCapture(port: number, dir: string): Promise<() => Promise<void>> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: CapturedMail = {
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            fromHeader: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            receivedAt: Date.now(),
          };
          count += 1;
          for (const address of new Set(mail.to)) {
            const folder = recipientDir(dir, address);
            mkdirSync(folder, { recursive: true });
            const file = path.join(folder, `${String(count).padStart(6, "0")}.json`);
            writeFileSync(`${file}.tmp`, JSON.stringify(mail));
            renameSync(`${file}.tmp`, file);
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
