import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readMemberProfile } from "./read-member-profile";
import { setMemberPreference } from "./set-member-preference";

/**
 * The profile's choices sent as a whole form (without JavaScript, where each tick cannot save itself): each
 * difference is saved as its own change. Returns why the newsletter could not be ticked again, if so.
 */
export async function saveMemberPreferences(
  memberId: string,
  choices: { newsletter: boolean; interestIds: string[] },
): Promise<string | null> {
  const current = await readMemberProfile(memberId);
  const offered = new Set([
    ...(await db.interest.findMany({ where: { archivedAt: null }, select: { id: true } })).map((i) => i.id),
    ...current.interestIds,
  ]);
  const wanted = new Set(choices.interestIds.filter((id) => offered.has(id)));
  for (const id of offered) {
    const has = current.interestIds.includes(id);
    if (has !== wanted.has(id))
      await setMemberPreference(memberId, { kind: "interest", interestId: id, value: !has });
  }
  if (choices.newsletter === current.newsletter) return null;
  try {
    await setMemberPreference(memberId, { kind: "newsletter", value: choices.newsletter });
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
}
