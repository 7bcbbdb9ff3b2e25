import { startMailerLiteEmulator } from "../../scripts/mailerlite-emulator";
import { e2eEmulatorPort, e2eMailboxDir, e2eMailerLiteKey, e2eSmtpPort } from "./e2e-env";
import { startSmtpCapture } from "./smtp-capture";

/** The real SMTP server and the MailerLite emulator the app under test talks to. */
export default async function globalSetup() {
  const stopSmtp = await startSmtpCapture(e2eSmtpPort, e2eMailboxDir);
  const emulator = await startMailerLiteEmulator({ port: e2eEmulatorPort, apiKey: e2eMailerLiteKey });
  return async () => {
    await emulator.close();
    await stopSmtp();
  };
}
