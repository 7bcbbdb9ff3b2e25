import "server-only";
import { requireAdmin } from "@/lib/auth/session";
import { archiveInterest } from "@/lib/interests/archive-interest";
import { createInterest } from "@/lib/interests/create-interest";
import { deleteInterest } from "@/lib/interests/delete-interest";
import { listInterests } from "@/lib/interests/list-interests";
import { readInterestChoices } from "@/lib/interests/read-interest-choices";
import { removeInterestFromEveryone } from "@/lib/interests/remove-interest-from-everyone";
import { renameInterest } from "@/lib/interests/rename-interest";

/** Every interest with how many members have it (the interests page). */
export async function listAllInterests() {
  await requireAdmin();
  return listInterests();
}

/** Every interest by name, archived ones last, without the member counts (a filter's or a form's choices). */
export async function listInterestChoices() {
  await requireAdmin();
  return readInterestChoices();
}

export async function createInterestAsAdmin(name: string): Promise<void> {
  const admin = await requireAdmin();
  await createInterest(name, admin.id);
}

export async function renameInterestAsAdmin(id: string, name: string): Promise<void> {
  const admin = await requireAdmin();
  await renameInterest(id, name, admin.id);
}

/** Archived interests are no longer offered; members keep them until they untick them. */
export async function setInterestArchived(id: string, archived: boolean): Promise<void> {
  const admin = await requireAdmin();
  await archiveInterest(id, archived, admin.id);
}

/** Returns how many members lost the (archived) interest. */
export async function removeInterestFromEveryoneAsAdmin(id: string): Promise<number> {
  const admin = await requireAdmin();
  return removeInterestFromEveryone(id, admin.id);
}

export async function deleteInterestAsAdmin(id: string): Promise<void> {
  const admin = await requireAdmin();
  await deleteInterest(id, admin.id);
}
