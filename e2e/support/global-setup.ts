import { e2eMailboxDir, e2eSmtpPort } from "./e2e-env";
import { startSmtpCapture } from "./smtp-capture";

/** The real SMTP server the app under test sends to (the MailerLite emulator is a web server of the config). */
export default async function globalSetup() {
  const stopSmtp = await startSmtpCapture(e2eSmtpPort, e2eMailboxDir);
  return async () => {
    await stopSmtp();
  };
}
