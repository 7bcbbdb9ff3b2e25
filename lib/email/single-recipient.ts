import { z } from "zod";

const address = z.email();

/**
 * Whether `to` is exactly one plain address as the app stores them (lower-case, no spaces): never a list, a
 * display name or a header (no separators, no CR/LF). Every recipient the app mails passes it.
 */
export function isSingleRecipient(to: string): boolean {
  return to === to.trim().toLowerCase() && !/[\s,;<>"]/.test(to) && address.safeParse(to).success;
}

/** A recipient that is not exactly one address: the mail is refused, never sent. */
export class InvalidRecipientError extends Error {
  constructor() {
    super("The recipient is not exactly one e-mail address");
    this.name = "InvalidRecipientError";
  }
}

export function assertSingleRecipient(to: string): void {
  if (!isSingleRecipient(to)) throw new InvalidRecipientError();
}
