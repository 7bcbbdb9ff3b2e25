import "server-only";
import {
  createGroup,
  findGroupByExactName,
  listGroups,
  MailerLiteError,
  renameGroup,
  type Group,
  type MailerLiteClient,
} from "@/lib/mailerlite";
import { interestsNeedingGroups, saveInterestGroup } from "../group-store";
import { provisionalGroupInterest, provisionalGroupName, provisionalMark } from "../provisional-group-name";

/**
 * Gives every interest its MailerLite group: an existing group of exactly that name, else a new one; a
 * renamed interest renames its group; a group MailerLite no longer knows is looked up again. `stillMine`
 * renews this process's lease on the task before each interest, and stops it once another process has it.
 */
export async function syncGroups(client: MailerLiteClient, stillMine: () => Promise<boolean>): Promise<void> {
  for (const interest of await interestsNeedingGroups()) {
    if (!(await stillMine())) return;
    if (interest.groupId && (await renameGroup(client, interest.groupId, interest.name))) {
      await saveInterestGroup(interest.id, interest.groupId, interest.name);
      continue;
    }
    const group = (await findGroupByExactName(client, interest.name)) ?? (await setUpGroup(client, interest));
    await saveInterestGroup(interest.id, group.id, group.name);
  }
}

/** A new group for the interest, under a provisional name until its id is known (see provisional-group-name). */
async function setUpGroup(client: MailerLiteClient, interest: { id: string; name: string }): Promise<Group> {
  const earlier = (await listGroups(client, provisionalMark(interest.id))).find(
    (group) => provisionalGroupInterest(group.name) === interest.id,
  );
  const made = earlier ?? (await createGroup(client, provisionalGroupName(interest.name, interest.id)));
  const named = await renameGroup(client, made.id, interest.name);
  if (named) return named;
  throw new MailerLiteError({
    code: "server",
    message: `The new group ${made.id} was gone before it was named.`,
  });
}
