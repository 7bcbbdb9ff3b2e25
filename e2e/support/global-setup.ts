import { e2eMailboxDir, e2eSmtpPort } from "./e2e-env";
import { startSmtpCapture } from "./smtp-capture";

export default async function globalSetup() {
  return startSmtpCapture(e2eSmtpPort, e2eMailboxDir);
}
