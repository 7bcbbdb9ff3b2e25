import "server-only";
import { db } from "@/lib/db";
import { SUBSCRIBER_STATUSES } from "@/lib/mailerlite";
import { transaction } from "@/lib/transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import { desiredState, type MemberChoices } from "./desired-state";
import type { Desired, Remote } from "./member-state";

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
  remoteEmail: string | null;
  remoteName: string | null;
  remoteLastName: string | null;
  remoteGroups: string;
  remoteStatus: string | null;
  verifyAfter: Date | null;
}): Remote => ({
  state: row.remoteState === "present" || row.remoteState === "unknown" ? row.remoteState : "absent",
  subscriberId: row.subscriberId,
  email: row.remoteEmail,
  name: row.remoteName,
  lastName: row.remoteLastName,
  groupIds: row.remoteGroups ? row.remoteGroups.split(",") : [],
  status: SUBSCRIBER_STATUSES.find((status) => status === row.remoteStatus) ?? null,
  verify: row.verifyAfter !== null,
});

/** The member fields the sync decides by (see MemberChoices). */
export const memberChoicesSelect = {
  email: true,
  firstName: true,
  lastName: true,
  newsletter: true,
  newsletterStop: true,
  emailVerified: true,
  interests: { select: { interest: { select: { groupId: true } } } },
} as const;

type ChoiceRow = Prisma.UserGetPayload<{ select: typeof memberChoicesSelect }>;

/** A member row read with memberChoicesSelect, as desiredState takes it. */
export function choicesOf({
  email,
  firstName,
  lastName,
  newsletter,
  newsletterStop,
  emailVerified,
  interests,
}: ChoiceRow): MemberChoices {
  return {
    email,
    firstName,
    lastName,
    newsletter,
    newsletterStop,
    confirmed: emailVerified !== null,
    interestGroupIds: interests.map((i) => i.interest.groupId),
  };
}

async function memberChoices(memberId: string): Promise<MemberChoices | null> {
  const member = await db.user.findUnique({ where: { id: memberId }, select: memberChoicesSelect });
  return member ? choicesOf(member) : null;
}

/** The member's wanted MailerLite state (see desiredState) and what MailerLite is known to hold. */
export async function loadSyncSubject(memberId: string): Promise<SyncSubject | null> {
  const sync = await db.memberSync.findUnique({ where: { memberId } });
  if (!sync) return null;
  const base = {
    version: sync.version,
    remote: remoteOf(sync),
    verifyAfter: sync.verifyAfter,
    attempts: sync.attempts,
  };
  if (
    sync.deleted &&
    sync.subscriberId &&
    (await db.user.count({ where: { mailerliteId: sync.subscriberId } }))
  ) {
    // The address signed up again and its new account owns the subscriber now: nothing left to remove.
    return {
      ...base,
      desired: { present: false, email: null, erase: false },
      remote: { ...base.remote, state: "absent", verify: false },
    };
  }
  const member = sync.deleted ? null : await memberChoices(memberId);
  return { ...base, desired: desiredState(member, sync.email) };
}

/**
 * Stores what MailerLite now holds (the subscriber id also on the member, for every later call). Returns
 * false when this owner no longer holds the member (another worker took it over).
 */
export async function saveRemote(
  memberId: string,
  owner: string,
  remote: Remote,
  verifyAfter: Date | null,
): Promise<boolean> {
  try {
    return await transaction(async (tx) => {
      // The member row first, then its sync row: the order every change to a member takes them in.
      const member = await tx.user.updateMany({
        where: { id: memberId },
        data: { mailerliteId: remote.subscriberId },
      });
      const saved = await tx.memberSync.updateMany({
        where: { memberId, leaseOwner: owner },
        data: {
          remoteState: remote.state,
          subscriberId: remote.subscriberId,
          remoteEmail: remote.email,
          remoteName: remote.name,
          remoteLastName: remote.lastName,
          remoteGroups: remote.groupIds.join(","),
          remoteStatus: remote.status,
          verifyAfter: remote.verify ? verifyAfter : null,
        },
      });
      if (saved.count === 0) throw new LeaseLost();
      if (member.count === 1 && remote.subscriberId) {
        // An earlier account of this address may still be waiting to delete the same subscriber: it is ours now.
        await tx.memberSync.deleteMany({
          where: { deleted: true, subscriberId: remote.subscriberId, NOT: { memberId } },
        });
      }
      return true;
    });
  } catch (error) {
    if (error instanceof LeaseLost) return false;
    throw error;
  }
}

/** Undoes the transaction: another worker holds the member now, and writes what it learns itself. */
class LeaseLost extends Error {}
