import "server-only";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db";

export type CountPoint = { label: string; value: number };

const MONTHS = 12;

function monthStarts(now: Date): Date[] {
  return Array.from(
    { length: MONTHS + 1 },
    (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - MONTHS + 1 + i, 1)),
  );
}

const monthLabel = (start: Date) =>
  start.toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

const SYNC_LABELS: Record<string, string> = {
  synced: "In step",
  pending: "Waiting to sync",
  failed: "Failed",
};

/**
 * The club at a glance for /admin/overview: members at the end of each of the last twelve months (and the
 * newcomers of each), the newsletter's share of confirmed members, how many chose each interest, and the sync.
 * Counts only (indexed ranges and group counts), never the members themselves.
 */
export async function getClubOverview(now = new Date()) {
  await requireAdmin();
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
    label: monthLabel(start),
    short: start.toLocaleDateString("en-GB", { month: "short", timeZone: "UTC" }),
    value: totals[i + 1]!,
    joined: totals[i + 1]! - totals[i]!,
  }));
  const syncCount = Object.fromEntries(syncStates.map((s) => [s.state, s._count]));
  return {
    members: totals[MONTHS]!,
    confirmed,
    months,
    newsletter: [
      { label: "Newsletter", value: subscribed },
      { label: "Stopped in MailerLite", value: stopped },
      { label: "No newsletter", value: Math.max(confirmed - subscribed - stopped, 0) },
    ] satisfies CountPoint[],
    interests: interests
      .map((i) => ({ label: i.name, value: i._count.members }))
      .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label)),
    sync: Object.entries(SYNC_LABELS).map(([state, label]) => ({ label, value: syncCount[state] ?? 0 })),
  };
}
