import "server-only";
import type { SubscriberSnapshot } from "@/lib/mailerlite";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { adoptMailerLiteStatus, memberIdOfSubscriber } from "@/lib/members/adopt-mailerlite-status";
import { isSuppression } from "@/lib/members/newsletter-stop";
import { transaction } from "@/lib/transaction";
import { markMemberChanged } from "./mark-member-changed";
import { loadSyncSubject } from "./sync-subject";

export type SubscriberVerdict = "adopted" | "repaired" | "in-step" | "unmatched" | "outside";

/**
 * Takes what MailerLite was just seen to hold as the sync's knowledge of the member (unless a worker has
 * calls for it in flight), and queues the member when it differs from their choices: fields and interest
 * groups are put back; a subscriber found by address gives the sync its id. True when it repaired.
 */
async function repairDrift(
  memberId: string,
  seen: SubscriberSnapshot,
  managed: Set<string>,
): Promise<boolean> {
  const sync = await db.memberSync.findUnique({ where: { memberId } });
  const now = new Date();
  const busy = sync?.leaseUntil && sync.leaseUntil > now;
  if (!sync || sync.deleted || busy || (sync.subscriberId && sync.subscriberId !== seen.id)) return false;
  const desired = (await loadSyncSubject(memberId))?.desired;
  if (!desired?.present) return false;
  const groups = (seen.groupIds ?? []).filter((id) => managed.has(id));
  const added = groups.filter((id) => !desired.groupIds.includes(id));
  const removed = desired.groupIds.filter((id) => !groups.includes(id));
  const renamed = seen.name !== desired.name || seen.lastName !== desired.lastName;
  const learned = sync.subscriberId === null;
  const drift = added.length > 0 || removed.length > 0 || renamed;
  if (!drift && !learned) return false;
  const detail = [
    added.length ? `in groups ${added.join(", ")} not chosen` : "",
    removed.length ? `missing from groups ${removed.join(", ")}` : "",
    renamed ? "name changed in MailerLite" : "",
  ]
    .filter(Boolean)
    .join("; ");
  return transaction(async (tx) => {
    if (learned) await tx.user.updateMany({ where: { id: memberId }, data: { mailerliteId: seen.id } });
    const taken = await tx.memberSync.updateMany({
      where: {
        memberId,
        version: sync.version,
        deleted: false,
        OR: [{ leaseOwner: null }, { leaseUntil: { lt: now } }],
      },
      data: {
        subscriberId: seen.id,
        remoteState: "present",
        remoteGroups: groups.join(","),
        remoteName: seen.name,
        remoteLastName: seen.lastName,
        remoteStatus: seen.status,
        verifyAfter: null,
      },
    });
    if (taken.count === 0) return false;
    if (drift) {
      await recordAudit(tx, {
        actor: { kind: "system" },
        action: "mailerlite.repaired",
        subject: memberId,
        detail: `${detail} (seen by reconciliation); put back`,
      });
    }
    await markMemberChanged(tx, memberId);
    return drift;
  });
}

/**
 * Compares one subscriber MailerLite holds with the app, by the ownership rules: its status is adopted
 * (MailerLite decides who may be mailed), its fields and interest groups put back to the member's choice.
 * A subscriber no member matches is only reported when it sits in an interest's group.
 */
export async function reconcileSubscriber(
  seen: SubscriberSnapshot,
  managed: Set<string>,
): Promise<SubscriberVerdict> {
  const memberId = await memberIdOfSubscriber(seen.id, seen.email);
  if (!memberId) return (seen.groupIds ?? []).some((id) => managed.has(id)) ? "unmatched" : "outside";
  await db.memberSync.updateMany({
    where: { memberId, subscriberId: seen.id },
    data: { reconciledAt: new Date() },
  });
  const member = await db.user.findUnique({ where: { id: memberId }, select: { newsletterStop: true } });
  const stop = member?.newsletterStop ?? null;
  const statusDiffers =
    (isSuppression(seen.status) && stop !== seen.status) || (seen.status === "active" && isSuppression(stop));
  if (statusDiffers) {
    const report = {
      subscriberId: seen.id,
      email: seen.email,
      status: seen.status,
      at: seen.statusAt,
    } as const;
    const result = await adoptMailerLiteStatus({ ...report, source: "reconciliation" });
    if (result.startsWith("newsletter")) return "adopted";
  }
  return (await repairDrift(memberId, seen, managed)) ? "repaired" : "in-step";
}

/**
 * Members MailerLite should hold (synced before the pass began) that no page of the pass listed: each is
 * read back by the sync, which takes a missing subscriber as deleted in MailerLite.
 */
export async function checkMissingSubscribers(startedAt: Date): Promise<number> {
  const missing = await db.memberSync.findMany({
    where: {
      deleted: false,
      state: "synced",
      remoteState: "present",
      subscriberId: { not: null },
      syncedAt: { lt: startedAt },
      OR: [{ reconciledAt: null }, { reconciledAt: { lt: startedAt } }],
    },
    select: { memberId: true, version: true },
  });
  let queued = 0;
  for (const { memberId, version } of missing) {
    queued += await transaction(async (tx) => {
      const taken = await tx.memberSync.updateMany({
        where: { memberId, version, state: "synced" },
        data: { verifyAfter: new Date() },
      });
      if (taken.count === 0) return 0;
      await markMemberChanged(tx, memberId);
      return 1;
    });
  }
  return queued;
}
