import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The most ids a list in a query may hold: Prisma allows 999 parameters on SQLite, and a query may hold two
 * lists (a search's matches and a chunk of a set) and a few more.
 */
export const MOST_IDS = 450;

/** The members in a set of ids (or, `inside: false`, outside it) too large to list in one query. */
export type IdSetFilter = { ids: Set<string>; inside: boolean };

const BATCH = 1000;
const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.UserOrderByWithRelationInput[];

function chunksOf(ids: Set<string>): string[][] {
  const list = [...ids];
  return Array.from({ length: Math.ceil(list.length / MOST_IDS) }, (_, i) =>
    list.slice(i * MOST_IDS, (i + 1) * MOST_IDS),
  );
}

/** How many members `where` selects within the set (or outside it). */
export async function countWithin(where: Prisma.UserWhereInput, set: IdSetFilter): Promise<number> {
  let inside = 0;
  for (const chunk of chunksOf(set.ids)) {
    inside += await db.user.count({ where: { AND: [where, { id: { in: chunk } }] } });
  }
  return set.inside ? inside : (await db.user.count({ where })) - inside;
}

/** One page, newest first, of the members `where` selects within the set (or outside it): their ids. */
export async function pageWithin(
  where: Prisma.UserWhereInput,
  set: IdSetFilter,
  skip: number,
  take: number,
): Promise<string[]> {
  if (set.inside) {
    const rows: { id: string; createdAt: Date }[] = [];
    for (const chunk of chunksOf(set.ids)) {
      rows.push(
        ...(await db.user.findMany({
          where: { AND: [where, { id: { in: chunk } }] },
          select: { id: true, createdAt: true },
        })),
      );
    }
    rows.sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    );
    return rows.slice(skip, skip + take).map((row) => row.id);
  }
  // Outside the set: the members in order, the set's left out, until the page is full.
  const found: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.user.findMany({
      where,
      orderBy: newestFirst,
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: { id: true },
    });
    for (const { id } of batch) if (!set.ids.has(id)) found.push(id);
    if (found.length >= skip + take || batch.length < BATCH) return found.slice(skip, skip + take);
    cursor = batch.at(-1)!.id;
  }
}
