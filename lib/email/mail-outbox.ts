import "server-only";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { leaseQueue, type Holder } from "@/lib/queue/lease-queue";
import { newRowId } from "@/lib/row-id";
import { assertSingleRecipient } from "./single-recipient";
import type { MailContent } from "./templates";

/** What a queued mail is; its content is composed only when it is sent. */
export type MailKind = "link" | "welcome" | "sign-in-again" | "email-change" | "email-change-notice";

/**
 * Queues a mail for the background sender, as a step of the caller's transaction. The caller wakes the
 * background work once the transaction has committed.
 */
export async function enqueueMail(
  tx: Tx,
  mail: { to: string; kind: MailKind; memberId?: string },
): Promise<void> {
  assertSingleRecipient(mail.to);
  const now = new Date();
  // Plain SQL: every sign-up and sign-in queues one, and Prisma's create costs several times as much.
  await tx.$executeRaw`
    INSERT INTO "OutboundMail" ("id", "to", "kind", "memberId", "createdAt", "attempts", "nextAttemptAt")
    VALUES (${newRowId(now.getTime())}, ${mail.to}, ${mail.kind}, ${mail.memberId ?? null}, ${now}, 0, ${now})`;
}

/** How long a claimed mail is its sender's alone. */
export const MAIL_LEASE_MS = 60_000;

/** Mails not sent yet, due first in the order they were queued. */
export const OUTBOX = leaseQueue({
  table: "OutboundMail",
  key: "id",
  open: Prisma.sql`"sentAt" IS NULL`,
  order: "createdAt",
  dueAt: "nextAttemptAt",
});

/**
 * Claims up to `limit` due mails for the sender `owner`; a crashed or stalled sender's lease runs out and
 * another takes over. Those another sender won meanwhile are left out.
 */
export async function claimDueMails(owner: string, limit: number, now: Date) {
  const ids = await OUTBOX.claimDue({ owner, now, ms: MAIL_LEASE_MS }, limit);
  if (ids.length === 0) return [];
  return db.outboundMail.findMany({
    where: { id: { in: ids }, leaseOwner: owner, sentAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, to: true, kind: true, memberId: true, attempts: true },
  });
}

/**
 * Whether `owner` still holds the mail, renewing its lease: checked just before sending, so that a sender
 * that stalled past its lease (another has taken the mail over) does not send it a second time.
 */
export async function stillHoldsMail(id: string, owner: string, now: Date): Promise<boolean> {
  return (await OUTBOX.renew([id], { owner, now, ms: MAIL_LEASE_MS })).length === 1;
}

/** `copy`: what was sent, kept only by a development server (for /dev/mailbox). */
export async function markMailSent(id: string, copy: MailContent | null): Promise<void> {
  if (copy) {
    await db.outboundMail.updateMany({
      where: { id },
      data: { sentAt: new Date(), leaseUntil: null, lastError: null, ...copy },
    });
    return;
  }
  // One statement for each mail sent: Prisma wraps its updateMany in a transaction of its own.
  await db.$executeRaw`
    UPDATE "OutboundMail" SET "sentAt" = ${new Date()}, "leaseUntil" = NULL, "lastError" = NULL WHERE "id" = ${id}`;
}

export async function markMailFailed(
  id: string,
  holder: Holder,
  attempts: number,
  error: string,
  retryAt: Date,
): Promise<void> {
  await OUTBOX.release([id], holder, {
    set: Prisma.sql`"attempts" = ${attempts}, "lastError" = ${error.slice(0, 500)}, "nextAttemptAt" = ${retryAt}`,
  });
}

/** A mail that can never be sent (its recipient is not one address) is removed, not retried. */
export async function dropMail(id: string, owner: string): Promise<void> {
  await db.outboundMail.deleteMany({ where: { id, leaseOwner: owner, sentAt: null } });
}

/** Sent mails are kept for a day, then removed with the addresses they hold. */
export async function purgeSentMails(now = new Date()): Promise<void> {
  await db.outboundMail.deleteMany({
    where: { sentAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } },
  });
}
