import "server-only";
import { recordAudit, recordAudits, type AuditActor } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";
import { markMemberChanged } from "@/lib/outbox/mark-member-changed";

/**
 * The one step every change to a member takes, inside the change's transaction: its audit entry and the
 * MailerLite outbox row. The caller wakes the background work once the transaction has committed.
 */
export async function recordMemberChange(
  tx: Tx,
  actor: AuditActor,
  action: string,
  memberId: string,
  detail?: string,
): Promise<void> {
  await recordAudit(tx, { actor, action, subject: memberId, detail });
  await markMemberChanged(tx, memberId);
}

/** The same step for members just created together (an import's chunk): their audit entries and sync rows. */
export async function recordMembersCreated(
  tx: Tx,
  actor: AuditActor,
  action: string,
  members: { memberId: string; detail?: string }[],
): Promise<void> {
  if (members.length === 0) return;
  await recordAudits(
    tx,
    members.map(({ memberId, detail }) => ({ actor, action, subject: memberId, detail })),
  );
  // New members have no sync row yet: creating it is what markMemberChanged would do.
  await tx.memberSync.createMany({ data: members.map(({ memberId }) => ({ memberId })) });
}
