import "server-only";
import { listGroups, type MailerLiteClient } from "@/lib/mailerlite";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { forgetGroup, saveInterestGroup } from "./group-store";
import { markMemberChanged } from "./mark-member-changed";

/**
 * Puts the interests' groups right: a group deleted in MailerLite is made again (and its members put back
 * in it by the sync), a group renamed there gets the interest's name back. Returns how many it repaired
 * and the groups that belong to interests.
 */
export async function reconcileGroups(
  client: MailerLiteClient,
): Promise<{ repaired: number; managed: Set<string> }> {
  const remote = new Map((await listGroups(client)).map((group) => [group.id, group.name]));
  const interests = await db.interest.findMany({
    where: { groupId: { not: null } },
    select: { id: true, groupId: true, groupName: true },
  });
  let repaired = 0;
  for (const interest of interests) {
    const name = remote.get(interest.groupId!);
    if (name === undefined) {
      await forgetGroup(interest.groupId!);
      // Its members go into the group made again, once it exists.
      const members = await db.memberInterest.findMany({
        where: { interestId: interest.id },
        select: { userId: true },
      });
      for (const { userId } of members) await transaction((tx) => markMemberChanged(tx, userId));
      repaired += 1;
    } else if (name !== interest.groupName) {
      await saveInterestGroup(interest.id, interest.groupId, name);
      repaired += 1;
    }
  }
  return {
    repaired,
    managed: new Set(interests.flatMap((i) => (remote.has(i.groupId!) ? [i.groupId!] : []))),
  };
}
