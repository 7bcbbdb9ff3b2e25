import { db } from "@/lib/db";
import { interestKey } from "@/lib/interests/interest-key";

const SEEDED_INTERESTS = {
  seed_true_crime: "True crime",
  seed_romance: "Romance",
  seed_biographies: "Biographies",
};

/**
 * Empties what the sync tests write (members, sync rows, limits, webhooks, passes), and brings the interests
 * back to the three the migrations make, with no group.
 */
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
  // The club's interests as migrated: another file of the worker may have added, renamed or archived some.
  await db.interest.deleteMany({ where: { id: { notIn: Object.keys(SEEDED_INTERESTS) } } });
  for (const [id, name] of Object.entries(SEEDED_INTERESTS))
    await db.interest.update({
      where: { id },
      data: { name, nameKey: interestKey(name), archivedAt: null, groupId: null, groupName: null },
    });
}
