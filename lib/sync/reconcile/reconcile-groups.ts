import "server-only";
import { deleteGroup, listGroups, type MailerLiteClient } from "@/lib/mailerlite";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { forgetGroup, saveInterestGroup } from "../group-store";
import { markMemberChanged } from "@/lib/outbox/mark-member-changed";
import { provisionalGroupInterest } from "../provisional-group-name";

/**
 * Puts the interests' groups right: a group deleted in MailerLite is made again (and its members put back
 * in it by the sync), a group renamed there gets the interest's name back, and a provisional group that
 * landed after its interest got one (a create whose answer was lost) is deleted. Returns how many it
 * repaired and the groups that belong to interests.
 */
export async function reconcileGroups(
  client: MailerLiteClient,
): Promise<{ repaired: number; managed: Set<string> }> {
  const remote = new Map((await listGroups(client)).map((group) => [group.id, group.name]));
  const interests = await db.interest.findMany({ select: { id: true, groupId: true, groupName: true } });
  const groupOf = new Map(interests.map((interest) => [interest.id, interest.groupId]));
  let repaired = 0;
  for (const [id, name] of remote) {
    const interestId = provisionalGroupInterest(name);
    // An interest without a group yet is still being set up: the sync names this one.
    if (interestId === null || groupOf.get(interestId) === null || groupOf.get(interestId) === id) continue;
    await deleteGroup(client, id);
    remote.delete(id);
    repaired += 1;
  }
  for (const interest of interests) {
    if (interest.groupId === null) continue;
    const name = remote.get(interest.groupId);
    if (name === undefined) {
      await forgetGroup(interest.groupId);
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
    managed: new Set(interests.flatMap((i) => (i.groupId && remote.has(i.groupId) ? [i.groupId] : []))),
  };
}
