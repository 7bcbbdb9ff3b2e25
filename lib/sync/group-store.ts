import "server-only";
import { db } from "@/lib/db";

/** Interests whose MailerLite group is missing or still carries an old name. */
export async function interestsNeedingGroups() {
  const interests = await db.interest.findMany({
    select: { id: true, name: true, groupId: true, groupName: true },
  });
  return interests.filter((interest) => !interest.groupId || interest.groupName !== interest.name);
}

export async function saveInterestGroup(
  id: string,
  groupId: string | null,
  groupName: string | null,
): Promise<void> {
  await db.interest.updateMany({ where: { id }, data: { groupId, groupName } });
}

/** After MailerLite answered 404 for a group: forget it, so the next pass looks it up again. */
export async function forgetGroup(groupId: string): Promise<void> {
  await db.interest.updateMany({ where: { groupId }, data: { groupId: null, groupName: null } });
}
