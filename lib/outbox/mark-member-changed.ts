import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Records, as a step of the change's transaction, that MailerLite must catch up with this member. The
 * caller wakes the background work once the transaction has committed.
 */
export async function markMemberChanged(tx: Tx, memberId: string): Promise<void> {
  const now = new Date();
  // One statement that creates or bumps the row (two first changes at once cannot both create it), written
  // as SQL because every change to a member takes it and Prisma would need two: pendingSince moves only when
  // the row was settled. The same SQL on SQLite and PostgreSQL; the other columns take their defaults.
  await tx.$executeRaw`
    INSERT INTO "MemberSync" ("memberId", "nextAttemptAt", "pendingSince", "createdAt", "updatedAt")
    VALUES (${memberId}, ${now}, ${now}, ${now}, ${now})
    ON CONFLICT ("memberId") DO UPDATE SET
      "version" = "MemberSync"."version" + 1,
      "state" = 'pending',
      "attempts" = 0,
      "nextAttemptAt" = ${now},
      "lastError" = NULL,
      "updatedAt" = ${now},
      "pendingSince" = CASE WHEN "MemberSync"."state" = 'synced' THEN ${now} ELSE "MemberSync"."pendingSince" END`;
}

/**
 * The member row is going: keep what the sync needs to remove the subscriber, and nothing more. The address
 * is kept (until MailerLite confirms the removal) only when a subscriber may exist whose id is unknown: it is
 * then the only way to find it.
 */
export async function markMemberDeleted(tx: Tx, memberId: string, email: string): Promise<void> {
  await markMemberChanged(tx, memberId);
  const sync = await tx.memberSync.findUniqueOrThrow({ where: { memberId } });
  const workerBusy = sync.leaseUntil !== null && sync.leaseUntil > new Date();
  const settled = sync.remoteState === "absent" && sync.verifyAfter === null && !workerBusy;
  await tx.memberSync.update({ where: { memberId }, data: { deleted: true, email: settled ? null : email } });
}
