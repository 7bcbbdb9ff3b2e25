import "server-only";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";

/** Claims up to `limit` members that are due, for `leaseMs`; expired leases of crashed workers are taken over. */
export async function claimDueMembers(owner: string, limit: number, leaseMs: number): Promise<string[]> {
  const now = new Date();
  const due = await db.memberSync.findMany({
    where: {
      state: "pending",
      nextAttemptAt: { lte: now },
      OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
    },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { memberId: true },
  });
  const claimed: string[] = [];
  for (const { memberId } of due) {
    const won = await db.memberSync.updateMany({
      where: { memberId, state: "pending", OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
      data: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) },
    });
    if (won.count === 1) claimed.push(memberId);
  }
  return claimed;
}

/** Extends the leases this owner still holds; returns the members whose lease it has lost. */
export async function renewLeases(owner: string, memberIds: string[], leaseMs: number): Promise<string[]> {
  if (memberIds.length === 0) return [];
  await db.memberSync.updateMany({
    where: { memberId: { in: memberIds }, leaseOwner: owner },
    data: { leaseUntil: new Date(Date.now() + leaseMs) },
  });
  const held = await db.memberSync.findMany({
    where: { memberId: { in: memberIds }, leaseOwner: owner },
    select: { memberId: true },
  });
  const heldIds = new Set(held.map((row) => row.memberId));
  return memberIds.filter((id) => !heldIds.has(id));
}

/** Marks the member synced at `version`; a change made meanwhile leaves it pending for another pass. */
export async function finishMember(memberId: string, owner: string, version: number): Promise<void> {
  // Every check is in the write's own condition: a change committed meanwhile (a new version) is never
  // overwritten, whatever the isolation level.
  const mine = { memberId, leaseOwner: owner, version };
  await transaction(async (tx) => {
    if ((await tx.memberSync.deleteMany({ where: { ...mine, deleted: true } })).count === 1) return;
    const finished = await tx.memberSync.updateMany({
      where: { ...mine, deleted: false },
      data: {
        state: "synced",
        syncedVersion: version,
        syncedAt: new Date(),
        attempts: 0,
        lastError: null,
        leaseOwner: null,
        leaseUntil: null,
        verifyAfter: null,
      },
    });
    if (finished.count === 1) return;
    await tx.memberSync.updateMany({
      where: { memberId, leaseOwner: owner },
      data: { leaseOwner: null, leaseUntil: null, nextAttemptAt: new Date() },
    });
  });
}

/** Gives the member back to the queue, due at `at` (a retry counts an attempt and keeps the error). */
export async function releaseMember(
  memberId: string,
  owner: string,
  at: Date,
  error?: string,
): Promise<void> {
  await db.memberSync.updateMany({
    where: { memberId, leaseOwner: owner },
    data: {
      leaseOwner: null,
      leaseUntil: null,
      nextAttemptAt: at,
      ...(error ? { attempts: { increment: 1 }, lastError: error.slice(0, 500) } : {}),
    },
  });
}

/** MailerLite refused the member's data (e.g. 422): kept as failed with its message until an admin retries. */
export async function failMember(
  memberId: string,
  owner: string,
  version: number,
  message: string,
): Promise<void> {
  const failed = await db.memberSync.updateMany({
    where: { memberId, leaseOwner: owner, version },
    data: { state: "failed", lastError: message.slice(0, 500), leaseOwner: null, leaseUntil: null },
  });
  // A change made meanwhile may no longer need what MailerLite refused: try that instead.
  if (failed.count === 0) await releaseMember(memberId, owner, new Date(), message);
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
  owner: string,
  email: string,
): Promise<void> {
  await db.memberSync.updateMany({
    where: { memberId, leaseOwner: owner, remoteState: "absent" },
    data: { remoteState: "unknown", remoteEmail: email, verifyAfter: new Date() },
  });
}
