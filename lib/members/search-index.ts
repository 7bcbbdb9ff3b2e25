import "server-only";
import { db, isSqlite } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Beyond this many matches the index narrows little: the search reads the members in order instead. */
const MOST_IDS = 5_000;

/**
 * SQLite: the members whose search text holds every word, read from the trigram index (see
 * scripts/lib/member-search-index.ts) rather than by scanning every member; null where there is no such
 * index (PostgreSQL) or when so many match that reading them in order finds a page at once.
 */
export async function membersMatching(words: string[]): Promise<string[] | null> {
  if (!isSqlite || words.length === 0) return null;
  const likes = words.map((word) => Prisma.sql`"searchText" LIKE ${`%${word}%`}`);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User"
    WHERE rowid IN (SELECT rowid FROM "MemberSearch" WHERE ${Prisma.join(likes, " AND ")})
    LIMIT ${MOST_IDS + 1}`;
  return rows.length > MOST_IDS ? null : rows.map((row) => row.id);
}
