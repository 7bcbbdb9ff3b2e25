import { db } from "@/lib/db";

/** Empties what the sync tests write (members, sync rows, limits, webhooks, passes) and forgets the groups. */
export async function clearSyncTables(): Promise<void> {
  await db.user.deleteMany();
  await db.memberSync.deleteMany();
  // A fresh emulator starts with fresh rate windows: so does the account-wide count.
  await db.apiRequestSlot.deleteMany();
  await db.syncStatus.deleteMany();
  await db.mailAttempt.deleteMany();
  await db.webhookEvent.deleteMany();
  await db.webhookRegistration.deleteMany();
  await db.reconcileRun.deleteMany();
  await db.workerLease.deleteMany();
  await db.interest.updateMany({ data: { groupId: null, groupName: null } });
}
