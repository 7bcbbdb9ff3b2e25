import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { ColumnChart } from "@/components/charts/column-chart";
import { getClubOverview } from "@/lib/data/admin-overview";
import { overviewCharts } from "./_components/overview-charts";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const overview = await getClubOverview();
  const charts = overviewCharts(overview);
  const first = charts.months[0]!;
  const last = charts.months.at(-1)!;
  return (
    <div className="space-y-10">
      <div>
        <h1 className="font-serif text-3xl font-bold">Overview</h1>
        <p className="mt-1 text-stone-700">
          {overview.members} member{overview.members === 1 ? "" : "s"}, {overview.confirmed} with a confirmed
          address ·{" "}
          <Link href="/admin" className="text-emerald-800 underline">
            all members
          </Link>
        </p>
      </div>
      <ColumnChart
        title={`Members at the end of each month, ${first.label} to ${last.label}`}
        headers={["Month", "Members", "Joined that month"]}
        data={charts.months.map((m) => ({
          label: m.label,
          short: m.short,
          value: m.value,
          extra: m.joined,
        }))}
      />
      <BarChart
        title="Newsletter among confirmed members"
        data={charts.newsletter}
        total={overview.confirmed}
        unit="Members"
      />
      <BarChart title="Interests: members who chose each" data={charts.interests} unit="Members" />
      <BarChart title="MailerLite sync of the members" data={charts.sync} unit="Members" />
      <p className="text-sm">
        <Link href="/admin/sync" className="text-emerald-800 underline">
          The sync in detail
        </Link>
      </p>
    </div>
  );
}
