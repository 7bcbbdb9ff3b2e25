import "server-only";
import { db } from "@/lib/db";

const MONTHS = 12;

/** The first instants (UTC) of the last twelve months and of the next one. */
function monthStarts(now: Date): Date[] {
  return Array.from(
    { length: MONTHS + 1 },
    (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - MONTHS + 1 + i, 1)),
  );
}

/**
 * The club at a glance: members at the end of each of the last twelve months (and the newcomers of each),
 * the newsletter among confirmed members, how many chose each interest (most chosen first), and the sync's
 * states. Counts only (indexed ranges and group counts), never the members themselves.
 */
export async function readClubOverview(now: Date) {
  const starts = monthStarts(now);
  const [totals, confirmed, subscribed, stopped, interests, syncStates] = await Promise.all([
    Promise.all(starts.map((start) => db.user.count({ where: { createdAt: { lt: start } } }))),
    db.user.count({ where: { emailVerified: { not: null } } }),
    db.user.count({ where: { emailVerified: { not: null }, newsletter: true } }),
    db.user.count({ where: { emailVerified: { not: null }, newsletterStop: { not: null } } }),
    db.interest.findMany({
      where: { archivedAt: null },
      orderBy: { name: "asc" },
      select: { name: true, _count: { select: { members: true } } },
    }),
    db.memberSync.groupBy({ by: ["state"], where: { deleted: false }, _count: true }),
  ]);
  // totals[i]: members who joined before the start of month i; the last start is next month's.
  const months = starts.slice(0, MONTHS).map((start, i) => ({
    start,
    members: totals[i + 1]!,
    joined: totals[i + 1]! - totals[i]!,
  }));
  const syncCount = Object.fromEntries(syncStates.map((s) => [s.state, s._count]));
  return {
    members: totals[MONTHS]!,
    confirmed,
    months,
    newsletter: { subscribed, stopped, none: Math.max(confirmed - subscribed - stopped, 0) },
    interests: interests
      .map((i) => ({ name: i.name, members: i._count.members }))
      .sort((a, b) => b.members - a.members || a.name.localeCompare(b.name)),
    sync: { synced: syncCount.synced ?? 0, pending: syncCount.pending ?? 0, failed: syncCount.failed ?? 0 },
  };
}

export type ClubOverview = Awaited<ReturnType<typeof readClubOverview>>;
