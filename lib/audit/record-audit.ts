import "server-only";
import type { Tx } from "@/lib/db";

export type AuditActor = { kind: "member" | "admin" | "system" | "visitor"; ref?: string | null };

export type AuditRecord = {
  actor: AuditActor;
  action: string;
  subject?: string | null;
  detail?: string | null;
};

/** Appends to the audit log, as a step of the caller's transaction. */
export async function recordAudit(tx: Tx, entry: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorKind: entry.actor.kind,
      actorRef: entry.actor.ref ?? null,
      action: entry.action,
      subject: entry.subject ?? null,
      detail: entry.detail ?? null,
    },
  });
}
