import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { markMemberChanged } from "@/lib/outbox/mark-member-changed";
import { loadSyncSubject } from "../sync-subject";

/**
 * MailerLite reports a subscriber joined or left an interest's group. When that is not the member's choice
 * (a change made by hand in MailerLite), the member is queued to be read back and put right, and the
 * repair is written to the audit log. Returns what it did.
 */
export async function repairGroupMembership(
  subscriberId: string,
  groupId: string,
  joined: boolean,
  source: "webhook" | "reconciliation",
): Promise<string> {
  const interest = await db.interest.findFirst({ where: { groupId }, select: { name: true } });
  if (!interest) return "not an interest's group";
  const member = await db.user.findFirst({ where: { mailerliteId: subscriberId }, select: { id: true } });
  if (!member) return "no member has this subscriber";
  const subject = await loadSyncSubject(member.id);
  const wanted = Boolean(subject?.desired?.present && subject.desired.groupIds.includes(groupId));
  if (wanted === joined) return "matches the member's choice";
  const change = `${joined ? "added to" : "removed from"} "${interest.name}" in MailerLite`;
  const now = new Date();
  return transaction(async (tx) => {
    // Read back before the member counts as synced: the sync then puts the membership right. While a
    // worker has calls in flight for the member (it may be making this very change), it is left to the
    // reconciliation pass.
    const flagged = await tx.memberSync.updateMany({
      where: { memberId: member.id, OR: [{ leaseOwner: null }, { leaseUntil: { lt: now } }] },
      data: { verifyAfter: now },
    });
    if (flagged.count === 0) return `${change}: the sync is busy with the member, left to reconciliation`;
    await recordAudit(tx, {
      actor: { kind: "system" },
      action: "mailerlite.group_repaired",
      subject: member.id,
      detail: `${change}, not by the member (seen by ${source}); put back`,
    });
    await markMemberChanged(tx, member.id);
    return `${change}: put back`;
  });
}
