import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { rawDate, type RawDate } from "@/lib/raw-date";

export type KeyedMemberRow = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  emailVerified: Date | null;
  newsletter: boolean;
  newsletterStop: string | null;
  newsletterStoppedAt: Date | null;
  /** The sync row's state; null when the member has none (nothing for the sync to do). */
  syncState: string | null;
  /** Interest names, in name order. */
  interests: string[];
};

/**
 * A page of members whose ids are known, in the order of `ids`: two plain statements. Prisma's findMany
 * with the interests costs 11 ms for 50 ids (its query compiler works per id), these 2.5 ms.
 */
export async function memberRowsByKey(ids: string[]): Promise<KeyedMemberRow[]> {
  if (ids.length === 0) return [];
  const keys = Prisma.join(ids);
  const members = await db.$queryRaw<
    (Omit<KeyedMemberRow, "emailVerified" | "newsletter" | "newsletterStoppedAt" | "interests"> & {
      emailVerified: RawDate | null;
      newsletter: boolean | number | bigint;
      newsletterStoppedAt: RawDate | null;
    })[]
  >`
    SELECT u."id", u."email", u."firstName", u."lastName", u."emailVerified", u."newsletter",
           u."newsletterStop", u."newsletterStoppedAt", s."state" AS "syncState"
    FROM "User" u LEFT JOIN "MemberSync" s ON s."memberId" = u."id"
    WHERE u."id" IN (${keys})`;
  const chosen = await db.$queryRaw<{ userId: string; name: string }[]>`
    SELECT mi."userId", i."name" FROM "MemberInterest" mi JOIN "Interest" i ON i."id" = mi."interestId"
    WHERE mi."userId" IN (${keys}) ORDER BY i."name"`;
  const interestsOf = new Map<string, string[]>();
  for (const { userId, name } of chosen) {
    const names = interestsOf.get(userId);
    if (names) names.push(name);
    else interestsOf.set(userId, [name]);
  }
  const byId = new Map(
    members.map((m) => [
      m.id,
      {
        ...m,
        emailVerified: rawDate(m.emailVerified),
        newsletter: Boolean(m.newsletter),
        newsletterStoppedAt: rawDate(m.newsletterStoppedAt),
        interests: interestsOf.get(m.id) ?? [],
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
