import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { leaseQueue, type Holder, type Lease } from "@/lib/queue/lease-queue";
import { transaction } from "@/lib/transaction";
import { REGISTRATION_ID } from "../webhook-registration";

const BODY_LIMIT = 20_000;

/**
 * Keeps a signed delivery, one row per event, in one transaction with the delivery count; the background
 * work applies them. `events` null: a shape the app does not know, kept as one row to look at.
 */
export async function storeWebhookDelivery(
  events: { type: string; body: string }[] | null,
  raw: string,
): Promise<void> {
  const now = new Date();
  const rows = events ?? [{ type: "unknown", body: raw }];
  await transaction(async (tx) => {
    await tx.webhookEvent.createMany({
      data: rows.map((row) => ({
        type: row.type.slice(0, 100),
        body: row.body.slice(0, BODY_LIMIT),
        receivedAt: now,
        ...(events ? {} : { state: "unreadable", result: "a delivery of a shape the app does not know" }),
      })),
    });
    await tx.webhookRegistration.upsert({
      where: { id: REGISTRATION_ID },
      create: { id: REGISTRATION_ID, deliveries: 1, lastDeliveryAt: now },
      update: { deliveries: { increment: 1 }, lastDeliveryAt: now },
    });
  });
}

/** Events not applied yet, in the order they arrived. */
const INBOX = leaseQueue({
  table: "WebhookEvent",
  key: "id",
  open: Prisma.sql`"state" = 'pending'`,
  order: "receivedAt",
});

/** Takes up to `limit` pending events for `lease.ms`, oldest first; another process's expired lease is taken over. */
export async function claimWebhookEvents(lease: Lease, limit: number) {
  const ids = await INBOX.claimDue(lease, limit);
  if (ids.length === 0) return [];
  return db.webhookEvent.findMany({
    where: { id: { in: ids }, leaseOwner: lease.owner },
    orderBy: { receivedAt: "asc" },
    select: { id: true, body: true, receivedAt: true },
  });
}

export async function finishWebhookEvent(id: string, holder: Holder, result: string): Promise<void> {
  await INBOX.release([id], holder, {
    set: Prisma.sql`"state" = 'done', "result" = ${result.slice(0, 500)}, "processedAt" = ${holder.now}`,
  });
}

/** Applied events are kept a while for admins to look at, then dropped. */
export async function purgeOldWebhookEvents(days = 30): Promise<void> {
  const before = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  await db.webhookEvent.deleteMany({ where: { state: { not: "pending" }, receivedAt: { lt: before } } });
}
