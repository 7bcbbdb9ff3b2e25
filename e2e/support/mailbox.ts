import { expect } from "@playwright/test";
import { appUrl, e2eMailboxDir } from "./e2e-env";
import { mailsIn, type CapturedMail } from "./smtp-capture";

/** Reads what the test SMTP server received. */
export const mailbox = {
  /** The mails to `address`, oldest first. */
  to(address: string): CapturedMail[] {
    return mailsIn(e2eMailboxDir, address);
  },

  /** Waits for the `count`-th mail to `address` (1 = the first) and returns it. */
  async waitFor(address: string, count = 1): Promise<CapturedMail> {
    await expect
      .poll(() => this.to(address).length, {
        timeout: 15_000,
        intervals: [50, 100, 200],
        message: `mail #${count} to ${address}`,
      })
      .toBeGreaterThanOrEqual(count);
    return this.to(address)[count - 1]!;
  },
};

/** The one link into the app that a mail carries. */
export function linkIn(mail: CapturedMail): string {
  const links = [...new Set(mail.text.match(/https?:\/\/\S+/g) ?? [])];
  expect(links, `links in "${mail.subject}"`).toHaveLength(1);
  expect(links[0]!.startsWith(appUrl + "/")).toBe(true);
  return links[0]!;
}
