import "server-only";
import { db } from "@/lib/db";

const ID = "mailerlite";

export async function recordSyncSuccess(): Promise<void> {
  const now = new Date();
  await db.syncStatus.upsert({
    where: { id: ID },
    create: { id: ID, lastSuccessAt: now },
    update: { lastSuccessAt: now },
  });
}

export async function recordSyncError(message: string): Promise<void> {
  const data = { lastErrorAt: new Date(), lastError: message.slice(0, 500) };
  await db.syncStatus.upsert({ where: { id: ID }, create: { id: ID, ...data }, update: data });
}

/** All sync stops while MailerLite rejects this key; a different key lifts the pause. */
export async function pauseSync(reason: string, keyHash: string): Promise<void> {
  const data = { pausedReason: reason, pausedKeyHash: keyHash, lastErrorAt: new Date(), lastError: reason };
  await db.syncStatus.upsert({ where: { id: ID }, create: { id: ID, ...data }, update: data });
}

/** Whether sync is paused for this key (a pause for another key is lifted). */
export async function isSyncPaused(keyHash: string): Promise<boolean> {
  const status = await db.syncStatus.findUnique({ where: { id: ID } });
  if (!status?.pausedReason) return false;
  if (status.pausedKeyHash === keyHash) return true;
  // Only the pause this read saw: a new one set meanwhile (for the key in use) stays.
  await db.syncStatus.updateMany({
    where: { id: ID, pausedKeyHash: status.pausedKeyHash },
    data: { pausedReason: null, pausedKeyHash: null },
  });
  return false;
}

export async function readSyncStatus() {
  return db.syncStatus.findUnique({
    where: { id: ID },
    select: { lastSuccessAt: true, lastErrorAt: true, lastError: true, pausedReason: true },
  });
}
