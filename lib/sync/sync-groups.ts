import "server-only";
import { interestsNeedingGroups, saveInterestGroup } from "@/lib/data/interest-groups";
import {
  createGroup,
  findGroupByExactName,
  MailerLiteError,
  renameGroup,
  type MailerLiteClient,
} from "@/lib/mailerlite";

/**
 * Gives every interest its MailerLite group: an existing group of exactly that name, else a new one; a
 * renamed interest renames its group; a group MailerLite no longer knows is looked up again.
 */
export async function syncGroups(client: MailerLiteClient): Promise<void> {
  for (const interest of await interestsNeedingGroups()) {
    if (interest.groupId) {
      try {
        await renameGroup(client, interest.groupId, interest.name);
        await saveInterestGroup(interest.id, interest.groupId, interest.name);
        continue;
      } catch (error) {
        if (!(error instanceof MailerLiteError && error.code === "not_found")) throw error;
      }
    }
    const group =
      (await findGroupByExactName(client, interest.name)) ?? (await createGroup(client, interest.name));
    await saveInterestGroup(interest.id, group.id, group.name);
  }
}
