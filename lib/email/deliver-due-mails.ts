import "server-only";
import { randomUUID } from "node:crypto";
import { systemClock, type Clock } from "@/lib/clock";
import { backgroundWork } from "@/lib/outbox/background-work";
import { env } from "@/lib/env";
import {
  MAIL_LEASE_MS,
  claimDueMails,
  dropMail,
  markMailFailed,
  markMailSent,
  stillHoldsMail,
} from "./mail-outbox";
import { isSingleRecipient } from "./single-recipient";
import type { MailContent } from "./templates";
import { SMTP_CONNECTIONS, sendMail, type MailTransport } from "./transport";

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

/** Mails claimed per round; SMTP_CONNECTIONS of them are in flight at once. */
const CLAIM = 50;
/** A step's most: the loop is woken again for the rest, so that stopping waits little. */
const STEP_MAX = 500;

/**
 * Sends the mails that are due, each claimed before it is composed and sent (its lease outlasts the SMTP
 * timeouts), SMTP_CONNECTIONS at a time; a failure is retried later with a growing delay, never dropped.
 */
export async function deliverDueMails(
  compose: MailComposer,
  transport: MailTransport = sendMail,
  clock: Clock = systemClock,
): Promise<number> {
  let sent = 0;
  let handled = 0;
  while (handled < STEP_MAX) {
    const claimedAt = clock.now();
    const claimed = await claimDueMails(SENDER, CLAIM, claimedAt);
    if (claimed.length === 0) break;
    handled += claimed.length;
    const queue = [...claimed];
    const lane = async () => {
      for (let mail = queue.shift(); mail; mail = queue.shift()) {
        if (await deliverOne(mail, { claimedAt, compose, transport, clock })) sent += 1;
      }
    };
    await Promise.all(Array.from({ length: SMTP_CONNECTIONS }, lane));
  }
  if (handled >= STEP_MAX) backgroundWork.wake();
  return sent;
}

type ClaimedMail = Awaited<ReturnType<typeof claimDueMails>>[number];

async function deliverOne(
  mail: ClaimedMail,
  {
    claimedAt,
    compose,
    transport,
    clock,
  }: { claimedAt: Date; compose: MailComposer; transport: MailTransport; clock: Clock },
) {
  if (!isSingleRecipient(mail.to)) {
    console.warn("[mail] a queued mail's recipient is not exactly one address: it was removed, not sent");
    await dropMail(mail.id, SENDER);
    return false;
  }
  let composed: ComposedMail | undefined;
  try {
    composed = await compose(mail);
    // Within the first half of the lease the mail is surely still this sender's; later, ask the database.
    const now = clock.now();
    const leaseSurelyHeld = now.getTime() - claimedAt.getTime() < MAIL_LEASE_MS / 2;
    if (!leaseSurelyHeld && !(await stillHoldsMail(mail.id, SENDER, now))) {
      await composed.abandon?.();
      return false;
    }
    await transport({ to: mail.to, ...composed.content, fromName: composed.fromName });
  } catch (error) {
    await composed?.abandon?.();
    const attempts = mail.attempts + 1;
    const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** attempts) * (0.5 + Math.random() / 2);
    const message = error instanceof Error ? error.message : String(error);
    console.warn(`[mail] delivery to a member failed (attempt ${attempts}): ${message}`);
    const now = clock.now();
    await markMailFailed(mail.id, { owner: SENDER, now }, attempts, message, new Date(now.getTime() + delay));
    return false;
  }
  // Only a development server keeps what it sent (for /dev/mailbox): elsewhere no link is ever stored.
  await markMailSent(mail.id, env.NODE_ENV === "development" ? composed.content : null);
  return true;
}
