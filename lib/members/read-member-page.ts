import "server-only";
import { db } from "@/lib/db";
import type { MemberFilter } from "@/lib/validation/member-filter";
import { countWithin, pageWithin } from "./id-set-filter";
import { memberRowsByKey } from "./member-rows-by-key";
import { isNewsletterStop, type NewsletterStopInfo } from "./newsletter-stop";
import { memberPageMatching } from "./search-index";
import { selectMembers } from "./select-members";

export type SyncState = "synced" | "pending" | "failed";

/** Every member: a plain count, which SQLite reads from its smallest index (Prisma's counts a subquery's rows). */
async function countEveryone(): Promise<number> {
  const [{ count }] = await db.$queryRaw<
    [{ count: number | bigint }]
  >`SELECT COUNT(*) AS "count" FROM "User"`;
  return Number(count);
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

/**
 * Admin list: the members the filter selects, newest first, 50 a page. A search alone counts its matches up to
 * ten pages past this one (`more`: there are more than `total`).
 */
export async function readMemberPage(filter: MemberFilter, page: number) {
  const skip = (page - 1) * MEMBERS_PAGE_SIZE;
  const { where, everyone, syncSet, wideSearch, searchCount } = await selectMembers(
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
      isNewsletterStop(m.newsletterStop) && m.newsletterStoppedAt
        ? { reason: m.newsletterStop, at: m.newsletterStoppedAt }
        : null,
    interests: m.interests,
    syncState: (m.syncState as SyncState | null) ?? "synced",
  }));
  const more = searchCount?.more ?? false;
  return { rows, total, more, pageCount: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)) };
}
