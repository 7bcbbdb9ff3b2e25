import "server-only";
import { db } from "@/lib/db";

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, a page at a time. */
export async function readAuditPage(page: number) {
  const [entries, total] = await Promise.all([
    db.auditEntry.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        actorKind: true,
        actorRef: true,
        action: true,
        subject: true,
        detail: true,
      },
    }),
    db.auditEntry.count(),
  ]);
  return { entries, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
