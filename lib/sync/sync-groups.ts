import "server-only";
import { createGroup, findGroupByExactName, renameGroup, type MailerLiteClient } from "@/lib/mailerlite";
import { interestsNeedingGroups, saveInterestGroup } from "./group-store";

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
    const group =
      (await findGroupByExactName(client, interest.name)) ?? (await createGroup(client, interest.name));
    await saveInterestGroup(interest.id, group.id, group.name);
  }
}
