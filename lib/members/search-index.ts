import "server-only";
import { db, isSqlite } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { MOST_IDS } from "./id-set-filter";

/** A member's search text holds the word (LIKE reads the text itself). */
const holds = (word: string) => Prisma.sql`"searchText" LIKE ${`%${word}%`}`;

/**
 * The index's rows holding every word. A word of three characters or more is a phrase of trigrams (a substring
 * match read from the index alone); a shorter one has no trigram, and is matched by LIKE (which reads the text).
 */
function matchesOf(words: string[]) {
  const phrases = words
    .filter((word) => [...word].length >= 3)
    .map((word) => `"${word.replaceAll('"', '""')}"`);
  const short = words.filter((word) => [...word].length < 3);
  const conditions = [
    ...(phrases.length > 0 ? [Prisma.sql`"MemberSearch" MATCH ${phrases.join(" AND ")}`] : []),
    ...short.map(holds),
  ];
  return Prisma.sql`SELECT rowid FROM "MemberSearch" WHERE ${Prisma.join(conditions, " AND ")}`;
}

export type SearchMatches = {
  /** How many members match; with `more`, how many at least (the count stops there). */
  count: number;
  more: boolean;
  /** Their ids, when few enough to list. */
  ids: string[] | null;
  /** The share of the newest members that match: how soon reading members in order meets a page of them. */
  density: number;
};

/**
 * SQLite: the members whose search text holds every word, read from the trigram index (see
 * scripts/lib/member-search-index.ts) rather than by scanning every member: how many there are, counted up to
 * `atLeast` only (counting all of a wide search's matches cost 13–17 ms at 100,000 members, the first
 * thousand about 1 ms), and their ids when they are few enough to list. Null where there is no such index
 * (PostgreSQL) or no word.
 */
export async function membersMatching(words: string[], atLeast: number): Promise<SearchMatches | null> {
  if (!isSqlite || words.length === 0) return null;
  // The newest matches up to one past `atLeast`: how many, and the lowest rowid among them.
  const [newest] = await db.$queryRaw<[{ found: number | bigint; lowest: number | bigint | null }]>`
    SELECT COUNT(*) AS found, MIN(rowid) AS lowest
    FROM (${matchesOf(words)} ORDER BY rowid DESC LIMIT ${atLeast + 1})`;
  const found = Number(newest.found);
  const more = found > atLeast;
  const count = Math.min(found, atLeast);
  if (!more && count <= MOST_IDS) {
    const rows = await db.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "User" WHERE rowid IN (${matchesOf(words)})`;
    return { count: rows.length, more: false, ids: rows.map((row) => row.id), density: 1 };
  }
  // The highest rowid: at least the number of members (deleted ones leave gaps).
  const [{ highest }] = await db.$queryRaw<
    [{ highest: number | bigint }]
  >`SELECT MAX(rowid) AS highest FROM "User"`;
  const span = Number(highest) - (more ? Number(newest.lowest) : 0);
  return { count, more, ids: null, density: found / Math.max(span, 1) };
}

/**
 * One page of the members holding every word, newest first (as the member table orders them): their ids.
 * When matches are dense, reading the members newest first and testing each word finds a page after
 * (skip + take) / density rows; when sparse, sorting the index's matches costs less. About 1 µs a row read
 * against 3 µs a match sorted (100,000 members, SQLite).
 */
export async function memberPageMatching(
  words: string[],
  skip: number,
  take: number,
  matches: SearchMatches,
): Promise<string[]> {
  const dense = (skip + take) / matches.density < 3 * matches.count;
  const holding = dense ? Prisma.join(words.map(holds), " AND ") : Prisma.sql`rowid IN (${matchesOf(words)})`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE ${holding}
    ORDER BY "createdAt" DESC, "id" DESC LIMIT ${take} OFFSET ${skip}`;
  return rows.map((row) => row.id);
}
