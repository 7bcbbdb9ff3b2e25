import type { Metadata } from "next";
import { Pagination } from "@/components/ui/pagination";
import { listAuditEntries } from "@/lib/data/audit";
import { pageParamsSchema } from "@/lib/validation/page-params";

export const metadata: Metadata = { title: "Audit log" };

export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { page } = pageParamsSchema.parse(await searchParams);
  const { entries, pageCount } = await listAuditEntries(page);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-300">
          <tr>
            <th scope="col" className="py-2 pr-3">
              When (UTC)
            </th>
            <th scope="col" className="py-2 pr-3">
              Who
            </th>
            <th scope="col" className="py-2 pr-3">
              What
            </th>
            <th scope="col" className="py-2 pr-3">
              Subject
            </th>
            <th scope="col" className="py-2">
              Detail
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-stone-200 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">
                {entry.createdAt.toISOString().replace("T", " ").slice(0, 19)}
              </td>
              <td className="py-2 pr-3">
                {entry.actorKind}
                {entry.actorRef ? ` ${entry.actorRef}` : ""}
              </td>
              <td className="py-2 pr-3">{entry.action}</td>
              <td className="py-2 pr-3 break-all">{entry.subject ?? ""}</td>
              <td className="py-2 break-all">{entry.detail ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={page} pageCount={pageCount} params={{}} />
    </div>
  );
}
