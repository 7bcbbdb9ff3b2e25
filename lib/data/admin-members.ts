import "server-only";
import { requireAdmin } from "@/lib/auth/session";
import { deleteMember } from "@/lib/members/delete-member";
import { readMemberPage } from "@/lib/members/read-member-page";
import type { MemberFilter } from "@/lib/validation/member-filter";

export async function deleteMemberAsAdmin(memberId: string): Promise<boolean> {
  const admin = await requireAdmin();
  return deleteMember(memberId, { kind: "admin", ref: admin.id }, "admin.deleted_member", { departure: "admin" });
}

/**
 * Admin list: the members the filter selects, newest first, 50 a page. A search alone counts its matches up to
 * ten pages past this one (`more`: there are more than `total`).
 */
export async function listMembers(filter: MemberFilter, page: number) {
  await requireAdmin();
  return readMemberPage(filter, page);
}
