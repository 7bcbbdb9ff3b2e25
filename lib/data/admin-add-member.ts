import "server-only";
import { requireAdmin } from "@/lib/auth/session";
import { addMember } from "@/lib/members/add-member";
import type { AddMemberInput } from "@/lib/validation/admin-member";

/** An admin adds a member by hand; returns the new member's id. */
export async function addMemberAsAdmin(input: AddMemberInput): Promise<string> {
  const admin = await requireAdmin();
  return addMember(input, admin);
}
