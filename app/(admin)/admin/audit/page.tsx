import type { Metadata } from "next";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { listAuditEntries } from "@/lib/data/admin-audit";
import { formatTime } from "@/lib/format-time";
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
      <DataTable columns={["When", "Who", "What", "Subject", "Detail"]}>
        {entries.map((entry) => (
          <Row key={entry.id}>
            <Cell wrap="none">{formatTime(entry.createdAt)}</Cell>
            <Cell>
              {entry.actorKind}
              {entry.actorRef ? ` ${entry.actorRef}` : ""}
            </Cell>
            <Cell>{entry.action}</Cell>
            <Cell wrap="all">{entry.subject ?? ""}</Cell>
            <Cell wrap="all">{entry.detail ?? ""}</Cell>
          </Row>
        ))}
      </DataTable>
      <Pagination page={page} pageCount={pageCount} params={{}} />
    </div>
  );
}
