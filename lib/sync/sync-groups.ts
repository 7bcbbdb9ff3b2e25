import "server-only";
import { createGroup, findGroupByExactName, renameGroup, type MailerLiteClient } from "@/lib/mailerlite";
import { interestsNeedingGroups, saveInterestGroup } from "./group-store";

/**
 * Gives every interest its MailerLite group: an existing group of exactly that name, else a new one; a
 * renamed interest renames its group; a group MailerLite no longer knows is looked up again.
 */
export async function syncGroups(client: MailerLiteClient): Promise<void> {
  for (const interest of await interestsNeedingGroups()) {
    const renamed = interest.groupId ? await renameGroup(client, interest.groupId, interest.name) : null;
    const group =
      renamed ??
      (await findGroupByExactName(client, interest.name)) ??
      (await createGroup(client, interest.name));
    await saveInterestGroup(interest.id, group.id, group.name);
  }
}
