import "server-only";
import { requireAdmin } from "@/lib/auth/session";
import { backgroundWork } from "@/lib/outbox/background-work";
import { addMember } from "@/lib/members/add-member";
import { transaction } from "@/lib/transaction";
import type { AddMemberInput } from "@/lib/validation/admin-member";

/** An admin adds a member by hand; returns the new member's id. */
export async function addMemberAsAdmin(input: AddMemberInput): Promise<string> {
  const admin = await requireAdmin();
  const id = await transaction((tx) => addMember(tx, input, admin));
  backgroundWork.wake();
  return id;
}
