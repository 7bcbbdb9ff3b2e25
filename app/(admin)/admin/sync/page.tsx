import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { getSyncOverview } from "@/lib/data/sync-overview";
import { formatTime } from "@/lib/format-time";
import { pageParamsSchema } from "@/lib/validation/page-params";
import { retrySyncAction } from "./actions";

export const metadata: Metadata = { title: "MailerLite sync" };

export default async function AdminSyncPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { page } = pageParamsSchema.parse(await searchParams);
  const sync = await getSyncOverview(page);
  const facts: [string, string][] = [
    ["Pending", String(sync.pending)],
    ["Failed", String(sync.failed)],
    ["Oldest pending change", formatTime(sync.oldestPendingSince)],
    ["Last success", formatTime(sync.lastSuccessAt)],
    ["Last error", sync.lastError ? `${sync.lastError} (${formatTime(sync.lastErrorAt)})` : "—"],
  ];
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">MailerLite sync</h1>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium">{term}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="text-xl font-semibold">Members waiting or failed</h2>
      {sync.rows.length === 0 ? (
        <p>Every member is in sync.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-300">
            <tr>
              <th scope="col" className="py-2 pr-3">
                Member
              </th>
              <th scope="col" className="py-2 pr-3">
                State
              </th>
              <th scope="col" className="py-2 pr-3">
                Attempts
              </th>
              <th scope="col" className="py-2 pr-3">
                Waiting since
              </th>
              <th scope="col" className="py-2 pr-3">
                Last error
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sync.rows.map((row) => (
              <tr key={row.memberId} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-3 break-all">{row.email}</td>
                <td className="py-2 pr-3">{row.state}</td>
                <td className="py-2 pr-3">{row.attempts}</td>
                <td className="py-2 pr-3">{formatTime(row.pendingSince)}</td>
                <td className="py-2 pr-3 break-words">{row.lastError ?? "—"}</td>
                <td className="py-2">
                  <form action={retrySyncAction}>
                    <input type="hidden" name="id" value={row.memberId} />
                    <Button type="submit" variant="secondary" aria-label={`Retry ${row.email}`}>
                      Retry
                    </Button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pageCount={sync.pageCount} params={{}} />
    </div>
  );
}
