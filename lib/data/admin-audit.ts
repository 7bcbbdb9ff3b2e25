import "server-only";
import { readAuditPage } from "@/lib/audit/read-audit-page";
import { requireAdmin } from "@/lib/auth/session";

/** The audit log for admins, newest first, a page at a time. */
export async function listAuditEntries(page: number) {
  await requireAdmin();
  return readAuditPage(page);
}
