import type { Metadata } from "next";
import Link from "next/link";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { listMembers } from "@/lib/data/admin-members";
import { formatTime } from "@/lib/format-time";
import { adminStopLabel } from "@/lib/members/newsletter-stop";
import { pageParamsSchema } from "@/lib/validation/page-params";
import { DeleteMemberButton } from "./_components/delete-member-button";

export const metadata: Metadata = { title: "Members" };

export default async function AdminMembersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { q, page } = pageParamsSchema.parse(await searchParams);
  const { rows, total, pageCount } = await listMembers(q, page);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Members</h1>
      <form role="search" className="flex items-end gap-2">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Search by email or name
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            className="mt-1 rounded-md border border-stone-300 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded-md bg-emerald-800 px-4 py-2 text-sm font-medium text-white">
          Search
        </button>
      </form>
      <p className="text-sm text-stone-700">
        {total} member{total === 1 ? "" : "s"}
        {q ? ` matching “${q}”` : ""}
      </p>
      <DataTable columns={["Email", "Name", "Confirmed", "Newsletter", "Interests", "MailerLite sync", ""]}>
        {rows.map((member) => (
          <Row key={member.id}>
            <Cell wrap="all">
              <Link href={`/admin/members/${member.id}`} className="text-emerald-800 underline">
                {member.email}
              </Link>
            </Cell>
            <Cell>{member.name}</Cell>
            <Cell>{member.confirmed ? "Yes" : "No"}</Cell>
            <Cell>
              {member.newsletter
                ? "Yes"
                : member.newsletterStop
                  ? adminStopLabel(member.newsletterStop, formatTime)
                  : "No"}
            </Cell>
            <Cell>{member.interests.join(", ") || "—"}</Cell>
            <Cell>{member.sync}</Cell>
            <Cell>
              <DeleteMemberButton id={member.id} email={member.email} />
            </Cell>
          </Row>
        ))}
      </DataTable>
      <Pagination page={page} pageCount={pageCount} params={q ? { q } : {}} />
    </div>
  );
}
