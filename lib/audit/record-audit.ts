import "server-only";
import type { Tx } from "@/lib/db";

export type AuditActor = { kind: "member" | "admin" | "system" | "visitor"; ref?: string | null };

export type AuditRecord = {
  actor: AuditActor;
  action: string;
  subject?: string | null;
  detail?: string | null;
};

const rowOf = (entry: AuditRecord) => ({
  actorKind: entry.actor.kind,
  actorRef: entry.actor.ref ?? null,
  action: entry.action,
  subject: entry.subject ?? null,
  detail: entry.detail ?? null,
});

/** Appends to the audit log, as a step of the caller's transaction. */
export async function recordAudit(tx: Tx, entry: AuditRecord): Promise<void> {
  await tx.auditEntry.create({ data: rowOf(entry) });
}

/** Appends several entries in one statement (an import's chunk). */
export async function recordAudits(tx: Tx, entries: AuditRecord[]): Promise<void> {
  if (entries.length > 0) await tx.auditEntry.createMany({ data: entries.map(rowOf) });
}
