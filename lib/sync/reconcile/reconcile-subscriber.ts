import "server-only";
import type { SubscriberSnapshot } from "@/lib/mailerlite";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { adoptMailerLiteStatus } from "@/lib/members/adopt-mailerlite-status";
import { desiredState } from "../desired-state";
import { isSuppression } from "@/lib/members/newsletter-stop";
import { transaction } from "@/lib/transaction";
import { markMemberChanged } from "@/lib/outbox/mark-member-changed";
import { choicesOf, loadSyncSubject, memberChoicesSelect } from "../sync-subject";

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
  now: Date,
): Promise<boolean> {
  const sync = await db.memberSync.findUnique({ where: { memberId } });
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
        remoteEmail: seen.email,
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

const pageMemberFields = { ...memberChoicesSelect, id: true, mailerliteId: true } as const;

/**
 * Compares one page of MailerLite's subscribers with the app, by the ownership rules: a status is adopted
 * (MailerLite decides who may be mailed), fields and interest groups are put back to the member's choice.
 * A subscriber no member matches is only reported when it sits in an interest's group. The page's members
 * are read in a few queries; only those that differ are written, each in its own transaction.
 */
export async function reconcilePage(
  page: SubscriberSnapshot[],
  managed: Set<string>,
  now: Date,
): Promise<SubscriberVerdict[]> {
  const ids = page.map((s) => s.id);
  const members = await db.user.findMany({
    where: { OR: [{ mailerliteId: { in: ids } }, { email: { in: page.map((s) => s.email) } }] },
    select: pageMemberFields,
  });
  const syncs = new Map(
    (await db.memberSync.findMany({ where: { memberId: { in: members.map((m) => m.id) } } })).map((row) => [
      row.memberId,
      row,
    ]),
  );
  await db.memberSync.updateMany({
    where: { subscriberId: { in: ids } },
    data: { reconciledAt: now },
  });
  const byId = new Map(members.flatMap((m) => (m.mailerliteId ? [[m.mailerliteId, m] as const] : [])));
  const byEmail = new Map(members.map((m) => [m.email, m]));
  const verdicts: SubscriberVerdict[] = [];
  for (const seen of page) {
    const byAddress = byEmail.get(seen.email);
    const member =
      byId.get(seen.id) ??
      (byAddress && (!byAddress.mailerliteId || byAddress.mailerliteId === seen.id) ? byAddress : undefined);
    if (!member) {
      verdicts.push((seen.groupIds ?? []).some((id) => managed.has(id)) ? "unmatched" : "outside");
      continue;
    }
    const stop = member.newsletterStop;
    const statusDiffers =
      (isSuppression(seen.status) && stop !== seen.status) ||
      (seen.status === "active" && isSuppression(stop));
    let adopted = false;
    if (statusDiffers) {
      const report = {
        subscriberId: seen.id,
        email: seen.email,
        status: seen.status,
        at: seen.statusAt,
      } as const;
      const result = await adoptMailerLiteStatus({ ...report, source: "reconciliation" }, member.id);
      adopted = result.startsWith("newsletter");
    }
    // Also after a status was adopted: a subscriber found by address gives the sync its id (a later deletion
    // in MailerLite is then noticed), and its groups are put right.
    const sync = syncs.get(member.id);
    const desired = desiredState(choicesOf(member), null);
    const idle = sync && !sync.deleted && !(sync.leaseUntil && sync.leaseUntil > now);
    const groups = (seen.groupIds ?? []).filter((id) => managed.has(id)).sort();
    const differs =
      desired?.present &&
      (sync?.subscriberId === null ||
        seen.name !== desired.name ||
        seen.lastName !== desired.lastName ||
        groups.join(",") !== desired.groupIds.join(","));
    const repaired = idle && differs && (await repairDrift(member.id, seen, managed, now));
    verdicts.push(adopted ? "adopted" : repaired ? "repaired" : "in-step");
  }
  return verdicts;
}
