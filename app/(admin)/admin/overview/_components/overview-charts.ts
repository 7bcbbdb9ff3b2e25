import type { ClubOverview } from "@/lib/members/read-club-overview";

export type CountPoint = { label: string; value: number };

const monthLabel = (start: Date) =>
  start.toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** The overview's counts as the page's charts show them, each bar or column with its label. */
export function overviewCharts(overview: ClubOverview) {
  return {
    months: overview.months.map((m) => ({
      label: monthLabel(m.start),
      short: m.start.toLocaleDateString("en-GB", { month: "short", timeZone: "UTC" }),
      value: m.members,
      joined: m.joined,
    })),
    newsletter: [
      { label: "Newsletter", value: overview.newsletter.subscribed },
      { label: "Stopped in MailerLite", value: overview.newsletter.stopped },
      { label: "No newsletter", value: overview.newsletter.none },
    ] satisfies CountPoint[],
    interests: overview.interests.map((i) => ({ label: i.name, value: i.members })) satisfies CountPoint[],
    sync: [
      { label: "In step", value: overview.sync.synced },
      { label: "Waiting to sync", value: overview.sync.pending },
      { label: "Failed", value: overview.sync.failed },
    ] satisfies CountPoint[],
  };
}
