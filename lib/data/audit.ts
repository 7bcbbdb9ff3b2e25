import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { requireAdmin } from "@/lib/auth/session";

type Tx = Prisma.TransactionClient;

export type AuditActor = { kind: "member" | "admin" | "system" | "visitor"; ref?: string | null };

export type AuditRecord = { actor: AuditActor; action: string; subject?: string | null; detail?: string | null };

/** Appends to the audit log, inside the caller's transaction when one is given. */
export async function recordAudit(entry: AuditRecord, tx: Tx = db): Promise<void> {
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

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEntries(page: number) {
  await requireAdmin();
  const [entries, total] = await Promise.all([
    db.auditEntry.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, createdAt: true, actorKind: true, actorRef: true, action: true, subject: true, detail: true },
    }),
    db.auditEntry.count(),
  ]);
  return { entries, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
