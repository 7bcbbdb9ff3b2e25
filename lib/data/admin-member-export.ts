import "server-only";
import { requireAdmin } from "@/lib/auth/session";
import { exportMembers } from "@/lib/members/export-members";
import type { MemberFilter } from "@/lib/validation/member-filter";

/**
 * The members the filter selects as a CSV stream (UTF-8, a header row, cells neutralised against formula
 * injection), written a batch at a time. The export is written to the audit log.
 */
export async function exportMembersCsv(filter: MemberFilter): Promise<ReadableStream<Uint8Array>> {
  const admin = await requireAdmin();
  return exportMembers(filter, admin.id);
}
