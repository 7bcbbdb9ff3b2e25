import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";
import { markMemberChanged } from "@/lib/sync/mark-member-changed";

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
