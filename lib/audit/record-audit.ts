import "server-only";
import type { Tx } from "@/lib/db";
import { newRowId } from "@/lib/row-id";

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

/**
 * Appends to the audit log, as a step of the caller's transaction: in plain SQL, as every change to a member
 * writes one and Prisma's create costs several times as much.
 */
export async function recordAudit(tx: Tx, entry: AuditRecord): Promise<void> {
  const now = new Date();
  const row = rowOf(entry);
  await tx.$executeRaw`
    INSERT INTO "AuditEntry" ("id", "createdAt", "actorKind", "actorRef", "action", "subject", "detail")
    VALUES (${newRowId(now.getTime())}, ${now}, ${row.actorKind}, ${row.actorRef}, ${row.action}, ${row.subject}, ${row.detail})`;
}

/** Appends several entries in one statement (an import's chunk). */
export async function recordAudits(tx: Tx, entries: AuditRecord[]): Promise<void> {
  if (entries.length > 0) await tx.auditEntry.createMany({ data: entries.map(rowOf) });
}
