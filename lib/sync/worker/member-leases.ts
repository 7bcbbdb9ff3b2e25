import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { leaseQueue, type Holder, type Lease } from "@/lib/queue/lease-queue";
import { transaction } from "@/lib/transaction";

/** Members whose sync row is pending, due first. */
const MEMBERS = leaseQueue({
  table: "MemberSync",
  key: "memberId",
  open: Prisma.sql`"state" = 'pending'`,
  order: "nextAttemptAt",
  dueAt: "nextAttemptAt",
  stamp: "updatedAt",
});

/** Claims up to `limit` members that are due, for `leaseMs`; expired leases of crashed workers are taken over. */
export async function claimDueMembers(lease: Lease, limit: number): Promise<string[]> {
  return MEMBERS.claimDue(lease, limit);
}

/** Extends the leases this owner still holds; returns the members whose lease it has lost. */
export async function renewLeases(lease: Lease, memberIds: string[]): Promise<string[]> {
  const held = new Set(await MEMBERS.renew(memberIds, lease));
  return memberIds.filter((id) => !held.has(id));
}

/** Marks the member synced at `version`; a change made meanwhile leaves it pending for another pass. */
export async function finishMember(memberId: string, holder: Holder, version: number): Promise<void> {
  // Every check is in the write's own condition: a change committed meanwhile (a new version) is never
  // overwritten, whatever the isolation level.
  const { owner, now } = holder;
  await transaction(async (tx) => {
    const gone = await tx.memberSync.deleteMany({
      where: { memberId, leaseOwner: owner, version, deleted: true },
    });
    if (gone.count === 1) return;
    const finished = await MEMBERS.release([memberId], holder, {
      client: tx,
      where: Prisma.sql`"version" = ${version} AND NOT "deleted"`,
      set: Prisma.sql`"state" = 'synced', "syncedVersion" = ${version}, "syncedAt" = ${now}, "attempts" = 0,
        "lastError" = NULL, "verifyAfter" = NULL`,
    });
    if (finished === 1) return;
    await MEMBERS.release([memberId], holder, { client: tx, set: Prisma.sql`"nextAttemptAt" = ${now}` });
  });
}

/**
 * Gives the member back to the queue, due at `at` (by default at once; a retry counts an attempt and keeps
 * the error).
 */
export async function releaseMember(
  memberId: string,
  holder: Holder,
  at = holder.now,
  error?: string,
): Promise<void> {
  const retry = error
    ? Prisma.sql`, "attempts" = "attempts" + 1, "lastError" = ${error.slice(0, 500)}`
    : Prisma.empty;
  await MEMBERS.release([memberId], holder, { set: Prisma.sql`"nextAttemptAt" = ${at} ${retry}` });
}

/** MailerLite refused the member's data (e.g. 422): kept as failed with its message until an admin retries. */
export async function failMember(
  memberId: string,
  holder: Holder,
  version: number,
  message: string,
): Promise<void> {
  const failed = await MEMBERS.release([memberId], holder, {
    where: Prisma.sql`"version" = ${version}`,
    set: Prisma.sql`"state" = 'failed', "lastError" = ${message.slice(0, 500)}`,
  });
  // A change made meanwhile may no longer need what MailerLite refused: try that instead.
  if (failed === 0) await releaseMember(memberId, holder, holder.now, message);
}

/** Each member's current version (a change made since it was read has bumped it). */
export async function currentVersions(memberIds: string[]): Promise<Map<string, number>> {
  const rows = await db.memberSync.findMany({
    where: { memberId: { in: memberIds } },
    select: { memberId: true, version: true },
  });
  return new Map(rows.map((row) => [row.memberId, row.version]));
}

/**
 * Before a first upsert goes out: MailerLite may hold a subscriber at `email` from now on, whatever becomes of
 * this process. A worker that takes the member over (this one died with the call in flight, and its lease ran
 * out since) reads it back instead of taking MailerLite for empty; the call's own answer overwrites this.
 */
export async function recordPossibleSubscriber(
  memberId: string,
  holder: Holder,
  email: string,
): Promise<void> {
  await db.memberSync.updateMany({
    where: { memberId, leaseOwner: holder.owner, remoteState: "absent" },
    data: { remoteState: "unknown", remoteEmail: email, verifyAfter: holder.now },
  });
}
