import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Desired, Remote } from "@/lib/sync/member-state";
import { backgroundWork } from "@/lib/background/signal";

type Tx = Prisma.TransactionClient;

/** Records, in the change's transaction, that MailerLite must catch up with this member. */
export async function markMemberChanged(tx: Tx, memberId: string): Promise<void> {
  const existing = await tx.memberSync.findUnique({ where: { memberId }, select: { state: true } });
  if (!existing) {
    await tx.memberSync.create({ data: { memberId } });
  } else {
    await tx.memberSync.update({
      where: { memberId },
      data: {
        version: { increment: 1 },
        state: "pending",
        attempts: 0,
        nextAttemptAt: new Date(),
        lastError: null,
        ...(existing.state === "synced" ? { pendingSince: new Date() } : {}),
      },
    });
  }
  backgroundWork.wake();
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

export type SyncSubject = {
  version: number;
  desired: Desired | null;
  remote: Remote;
  verifyAfter: Date | null;
  attempts: number;
};

/** The groups that belong to interests: other groups in the account are not the app's to change. */
export async function managedGroupIds(): Promise<Set<string>> {
  const groups = await db.interest.findMany({ where: { groupId: { not: null } }, select: { groupId: true } });
  return new Set(groups.map((g) => g.groupId as string));
}

const remoteOf = (row: {
  remoteState: string;
  subscriberId: string | null;
  remoteName: string | null;
  remoteLastName: string | null;
  remoteGroups: string;
  verifyAfter: Date | null;
}): Remote => ({
  state: row.remoteState === "present" || row.remoteState === "unknown" ? row.remoteState : "absent",
  subscriberId: row.subscriberId,
  name: row.remoteName,
  lastName: row.remoteLastName,
  groupIds: row.remoteGroups ? row.remoteGroups.split(",") : [],
  verify: row.verifyAfter !== null,
});

/**
 * The member's wanted MailerLite state and what MailerLite holds. `desired` is null while one of the
 * member's interests has no MailerLite group yet.
 */
export async function loadSyncSubject(memberId: string): Promise<SyncSubject | null> {
  const sync = await db.memberSync.findUnique({ where: { memberId } });
  if (!sync) return null;
  const member = sync.deleted
    ? null
    : await db.user.findUnique({
        where: { id: memberId },
        select: {
          email: true,
          firstName: true,
          lastName: true,
          newsletter: true,
          emailVerified: true,
          interests: { select: { interest: { select: { groupId: true } } } },
        },
      });
  const base = {
    version: sync.version,
    remote: remoteOf(sync),
    verifyAfter: sync.verifyAfter,
    attempts: sync.attempts,
  };
  if (sync.deleted && sync.subscriberId && (await subscriberBelongsToLiveMember(sync.subscriberId))) {
    // The address signed up again and its new account owns the subscriber now: nothing left to remove.
    return { ...base, desired: { present: false, email: null }, remote: { ...base.remote, state: "absent", verify: false } };
  }
  if (!member || !member.newsletter || !member.emailVerified) {
    return { ...base, desired: { present: false, email: member?.email ?? sync.email } };
  }
  const groupIds = member.interests.map((i) => i.interest.groupId);
  if (groupIds.some((id) => !id)) return { ...base, desired: null };
  return {
    ...base,
    desired: {
      present: true,
      email: member.email,
      name: member.firstName,
      lastName: member.lastName,
      groupIds: [...new Set(groupIds as string[])].sort(),
    },
  };
}

async function subscriberBelongsToLiveMember(subscriberId: string): Promise<boolean> {
  return (await db.user.count({ where: { mailerliteId: subscriberId } })) > 0;
}

/** Claims up to `limit` members that are due, for `leaseMs`; expired leases of crashed workers are taken over. */
export async function claimDueMembers(owner: string, limit: number, leaseMs: number): Promise<string[]> {
  const now = new Date();
  const due = await db.memberSync.findMany({
    where: { state: "pending", nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
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

/** Stores what MailerLite now holds (the subscriber id also on the member, for every later call). */
/** Returns false when this owner no longer holds the member (another worker took it over). */
export async function saveRemote(
  memberId: string,
  owner: string,
  remote: Remote,
  verifyAfter: Date | null,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const saved = await tx.memberSync.updateMany({
      where: { memberId, leaseOwner: owner },
      data: {
        remoteState: remote.state,
        subscriberId: remote.subscriberId,
        remoteName: remote.name,
        remoteLastName: remote.lastName,
        remoteGroups: remote.groupIds.join(","),
        verifyAfter: remote.verify ? verifyAfter : null,
      },
    });
    if (saved.count === 0) return false;
    const member = await tx.user.updateMany({ where: { id: memberId }, data: { mailerliteId: remote.subscriberId } });
    if (member.count === 1 && remote.subscriberId) {
      // An earlier account of this address may still be waiting to delete the same subscriber: it is ours now.
      await tx.memberSync.deleteMany({ where: { deleted: true, subscriberId: remote.subscriberId, NOT: { memberId } } });
    }
    return true;
  });
}

/** Marks the member synced at `version`; a change made meanwhile leaves it pending for another pass. */
export async function finishMember(memberId: string, owner: string, version: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const sync = await tx.memberSync.findUnique({ where: { memberId } });
    if (!sync || sync.leaseOwner !== owner) return;
    if (sync.version !== version) {
      await tx.memberSync.update({ where: { memberId }, data: { leaseOwner: null, leaseUntil: null, nextAttemptAt: new Date() } });
      return;
    }
    if (sync.deleted) {
      await tx.memberSync.delete({ where: { memberId } });
      return;
    }
    await tx.memberSync.update({
      where: { memberId },
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
  });
}

/** Gives the member back to the queue, due at `at` (a retry counts an attempt and keeps the error). */
export async function releaseMember(memberId: string, owner: string, at: Date, error?: string): Promise<void> {
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
export async function failMember(memberId: string, owner: string, version: number, message: string): Promise<void> {
  const failed = await db.memberSync.updateMany({
    where: { memberId, leaseOwner: owner, version },
    data: { state: "failed", lastError: message.slice(0, 500), leaseOwner: null, leaseUntil: null },
  });
  // A change made meanwhile may no longer need what MailerLite refused: try that instead.
  if (failed.count === 0) await releaseMember(memberId, owner, new Date(), message);
}
