import "server-only";
import { db, type Tx } from "@/lib/db";
import type { MailContent } from "./templates";

/** What a queued mail is; its content is composed only when it is sent. */
export type MailKind = "link" | "welcome" | "email-change" | "email-change-notice";

/**
 * Queues a mail for the background sender, as a step of the caller's transaction. The caller wakes the
 * background work once the transaction has committed.
 */
export async function enqueueMail(
  tx: Tx,
  mail: { to: string; kind: MailKind; memberId?: string },
): Promise<void> {
  await tx.outboundMail.create({ data: mail });
}

const LEASE_MS = 60_000;

/**
 * Claims up to `limit` due mails for the sender `owner`; a crashed or stalled sender's lease runs out and
 * another takes over.
 */
export async function claimDueMails(owner: string, limit: number, now = new Date()) {
  const due = await db.outboundMail.findMany({
    where: {
      sentAt: null,
      nextAttemptAt: { lte: now },
      OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
    },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  const lease = new Date(now.getTime() + LEASE_MS);
  const claimed: { id: string; to: string; kind: string; memberId: string | null; attempts: number }[] = [];
  for (const row of due) {
    const won = await db.outboundMail.updateMany({
      where: { id: row.id, sentAt: null, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
      data: { leaseOwner: owner, leaseUntil: lease },
    });
    if (won.count === 1) {
      const mail = await db.outboundMail.findUnique({
        where: { id: row.id },
        select: { id: true, to: true, kind: true, memberId: true, attempts: true },
      });
      if (mail) claimed.push(mail);
    }
  }
  return claimed;
}

/**
 * Whether `owner` still holds the mail, renewing its lease: checked just before sending, so that a sender
 * that stalled past its lease (another has taken the mail over) does not send it a second time.
 */
export async function stillHoldsMail(id: string, owner: string): Promise<boolean> {
  const now = new Date();
  const renewed = await db.outboundMail.updateMany({
    where: { id, leaseOwner: owner, sentAt: null, leaseUntil: { gt: now } },
    data: { leaseUntil: new Date(now.getTime() + LEASE_MS) },
  });
  return renewed.count === 1;
}

/** `copy`: what was sent, kept only by a development server (for /dev/mailbox). */
export async function markMailSent(id: string, copy: MailContent | null): Promise<void> {
  await db.outboundMail.updateMany({
    where: { id },
    data: { sentAt: new Date(), leaseUntil: null, lastError: null, ...copy },
  });
}

export async function markMailFailed(
  id: string,
  owner: string,
  attempts: number,
  error: string,
  retryAt: Date,
): Promise<void> {
  await db.outboundMail.updateMany({
    where: { id, leaseOwner: owner },
    data: { attempts, lastError: error.slice(0, 500), nextAttemptAt: retryAt, leaseUntil: null },
  });
}

/** Sent mails are kept for a day, then removed with the addresses they hold. */
export async function purgeSentMails(now = new Date()): Promise<void> {
  await db.outboundMail.deleteMany({
    where: { sentAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } },
  });
}
