import "server-only";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { REGISTRATION_ID } from "./webhook-registration";

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

/** Takes up to `limit` pending events for `leaseMs`, oldest first; another process's expired lease is taken over. */
export async function claimWebhookEvents(owner: string, limit: number, leaseMs: number) {
  const now = new Date();
  const due = await db.webhookEvent.findMany({
    where: { state: "pending", OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    orderBy: { receivedAt: "asc" },
    take: limit,
    select: { id: true },
  });
  const claimed: { id: string; body: string; receivedAt: Date }[] = [];
  for (const { id } of due) {
    const won = await db.webhookEvent.updateMany({
      where: { id, state: "pending", OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
      data: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) },
    });
    if (won.count === 1) {
      const row = await db.webhookEvent.findUniqueOrThrow({
        where: { id },
        select: { id: true, body: true, receivedAt: true },
      });
      claimed.push(row);
    }
  }
  return claimed;
}

export async function finishWebhookEvent(id: string, owner: string, result: string): Promise<void> {
  await db.webhookEvent.updateMany({
    where: { id, leaseOwner: owner },
    data: {
      state: "done",
      result: result.slice(0, 500),
      processedAt: new Date(),
      leaseOwner: null,
      leaseUntil: null,
    },
  });
}

/** Applied events are kept a while for admins to look at, then dropped. */
export async function purgeOldWebhookEvents(days = 30): Promise<void> {
  const before = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  await db.webhookEvent.deleteMany({ where: { state: { not: "pending" }, receivedAt: { lt: before } } });
}
