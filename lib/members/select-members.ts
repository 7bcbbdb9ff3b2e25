import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MemberFilter } from "@/lib/validation/member-filter";
import { MOST_IDS, type IdSetFilter } from "./id-set-filter";
import { membersMatching, type SearchMatches } from "./search-index";
import { normalizedSearch } from "./search-text";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The members a filter selects: every search word in the e-mail or name, and each other criterion given; and,
 * for a search alone, how many match (from SQLite's search index: no count over every member).
 */
export async function selectMembers(
  filter: MemberFilter,
  countAtLeast = MOST_IDS,
): Promise<{
  where: Prisma.UserWhereInput;
  /** No filter at all. */
  everyone: boolean;
  /** Members in (or outside) a set of ids too large to list in the query. */
  syncSet: IdSetFilter | null;
  /** A search alone, too wide to list its ids: its words and matches, for the index to give a page. */
  wideSearch: { words: string[]; matches: SearchMatches } | null;
  /** A search alone: how many match (with `more`, at least). */
  searchCount: { count: number; more: boolean } | null;
}> {
  const words = normalizedSearch(filter.q).trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const and: Prisma.UserWhereInput[] = words.map((word) => ({ searchText: { contains: word } }));
  const matches = await membersMatching(words, countAtLeast);
  if (matches?.ids) and.push({ id: { in: matches.ids } });
  if (filter.newsletter) and.push({ newsletter: filter.newsletter === "yes" });
  if (filter.interest) and.push({ interests: { some: { interestId: filter.interest } } });
  if (filter.status === "subscribed") and.push({ newsletter: true, mailerliteId: { not: null } });
  else if (filter.status === "none") and.push({ mailerliteId: null });
  else if (filter.status) and.push({ newsletterStop: filter.status });
  if (filter.from) and.push({ createdAt: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to) and.push({ createdAt: { lt: new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS) } });
  let syncSet: IdSetFilter | null = null;
  if (filter.sync) {
    // The sync's rows are not a relation of the member's (they outlive it): the unsettled ones are read, and
    // listed in the query when they are few (a backlog after an import may hold any number).
    const unsettled = await db.memberSync.findMany({
      where: { state: filter.sync === "synced" ? { in: ["pending", "failed"] } : filter.sync },
      select: { memberId: true },
    });
    const ids = unsettled.map((row) => row.memberId);
    if (ids.length > MOST_IDS) syncSet = { ids: new Set(ids), inside: filter.sync !== "synced" };
    else and.push(filter.sync === "synced" ? { id: { notIn: ids } } : { id: { in: ids } });
  }
  const searchAlone =
    !filter.newsletter && !filter.interest && !filter.status && !filter.from && !filter.to && !filter.sync;
  return {
    where: { AND: and },
    everyone: and.length === 0 && !syncSet,
    syncSet,
    wideSearch: searchAlone && matches && !matches.ids ? { words, matches } : null,
    searchCount: searchAlone && matches ? { count: matches.count, more: matches.more } : null,
  };
}
