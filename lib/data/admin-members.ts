import "server-only";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deleteMember } from "@/lib/members/delete-member";
import { isNewsletterStop, type NewsletterStopInfo } from "@/lib/members/newsletter-stop";
import { countWithin, MOST_IDS, pageWithin, type IdSetFilter } from "@/lib/members/id-set-filter";
import { memberRowsByKey } from "@/lib/members/member-rows-by-key";
import { memberPageMatching, membersMatching, type SearchMatches } from "@/lib/members/search-index";
import { normalizedSearch } from "@/lib/members/search-text";
import type { MemberFilter } from "@/lib/validation/member-filter";

export type SyncState = "synced" | "pending" | "failed";

/** Every member: a plain count, which SQLite reads from its smallest index (Prisma's counts a subquery's rows). */
async function countEveryone(): Promise<number> {
  const [{ count }] = await db.$queryRaw<[{ count: number | bigint }]>`SELECT COUNT(*) AS "count" FROM "User"`;
  return Number(count);
}

export async function deleteMemberAsAdmin(memberId: string): Promise<boolean> {
  const admin = await requireAdmin();
  return deleteMember(memberId, { kind: "admin", ref: admin.id }, "admin.deleted_member", { departure: "admin" });
}

export const MEMBERS_PAGE_SIZE = 50;

/** A search alone counts its matches up to this many (or ten pages past the one shown): "more than 1000". */
const SEARCH_COUNTED = 1000;

export type MemberRow = {
  id: string;
  email: string;
  name: string;
  confirmed: boolean;
  newsletter: boolean;
  /** Why and when MailerLite stopped the newsletter, if it did. */
  newsletterStop: NewsletterStopInfo | null;
  interests: string[];
  /** The sync's state; no sync row: the member has given the sync nothing to do. */
  syncState: SyncState;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The members a filter selects: every search word in the e-mail or name, and each other criterion given; and,
 * for a search alone, how many match (from SQLite's search index: no count over every member).
 */
async function memberQuery(
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
  const searchAlone = !filter.newsletter && !filter.interest && !filter.status && !filter.from && !filter.to && !filter.sync;
  return {
    where: { AND: and },
    everyone: and.length === 0 && !syncSet,
    syncSet,
    wideSearch: searchAlone && matches && !matches.ids ? { words, matches } : null,
    searchCount: searchAlone && matches ? { count: matches.count, more: matches.more } : null,
  };
}

/** The members a filter selects (see memberQuery): a query, and a set of ids too large for it, if any. */
export async function memberSelection(filter: MemberFilter) {
  const { where, syncSet } = await memberQuery(filter);
  return { where, syncSet };
}

/**
 * Admin list: the members the filter selects, newest first, 50 a page. A search alone counts its matches up to
 * ten pages past this one (`more`: there are more than `total`).
 */
export async function listMembers(filter: MemberFilter, page: number) {
  await requireAdmin();
  const skip = (page - 1) * MEMBERS_PAGE_SIZE;
  const { where, everyone, syncSet, wideSearch, searchCount } = await memberQuery(
    filter,
    Math.max(SEARCH_COUNTED, skip + 10 * MEMBERS_PAGE_SIZE),
  );
  // The page's ids first (a wide search: from the index; a large sync set: read against it), then its rows by
  // key: Prisma's findMany with the interests costs several times the page's two statements.
  const [pageIds, total] = await Promise.all([
    wideSearch
      ? memberPageMatching(wideSearch.words, skip, MEMBERS_PAGE_SIZE, wideSearch.matches)
      : syncSet
        ? pageWithin(where, syncSet, skip, MEMBERS_PAGE_SIZE)
        : db.user
            .findMany({
              where,
              orderBy: [{ createdAt: "desc" }, { id: "desc" }],
              skip,
              take: MEMBERS_PAGE_SIZE,
              select: { id: true },
            })
            .then((found) => found.map((m) => m.id)),
    searchCount?.count ??
      (syncSet ? countWithin(where, syncSet) : everyone ? countEveryone() : db.user.count({ where })),
  ]);
  const rows: MemberRow[] = (await memberRowsByKey(pageIds)).map((m) => ({
    id: m.id,
    email: m.email,
    name: [m.firstName, m.lastName].filter(Boolean).join(" "),
    confirmed: m.emailVerified !== null,
    newsletter: m.newsletter,
    newsletterStop:
      isNewsletterStop(m.newsletterStop) && m.newsletterStoppedAt ? { reason: m.newsletterStop, at: m.newsletterStoppedAt } : null,
    interests: m.interests,
    syncState: (m.syncState as SyncState | null) ?? "synced",
  }));
  const more = searchCount?.more ?? false;
  return { rows, total, more, pageCount: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)) };
}
