import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { listInterestChoices } from "@/lib/data/admin-interests";
import { listMembers } from "@/lib/data/admin-members";
import { formatTime } from "@/lib/format-time";
import { adminStopLabel } from "./_components/admin-stop-label";
import { filterParams, memberFilterSchema } from "@/lib/validation/member-filter";
import { pageParamsSchema } from "@/lib/validation/page-params";
import { DeleteMemberButton } from "./_components/delete-member-button";
import { MemberFilterForm } from "./_components/member-filter-form";
import { syncStateLabel } from "@/lib/members/sync-state-label";

export const metadata: Metadata = { title: "Members" };

export default async function AdminMembersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = await searchParams;
  const { page } = pageParamsSchema.parse(params);
  const filter = memberFilterSchema.parse(params);
  const [{ rows, total, more, pageCount }, interests] = await Promise.all([
    listMembers(filter, page),
    listInterestChoices(),
  ]);
  const kept = filterParams(filter);
  // A page past the last (an old link, a hand-edited URL) shows the last one.
  if (page > pageCount)
    redirect(`/admin?${new URLSearchParams({ ...kept, page: String(pageCount) }).toString()}`);
  const filtered = Object.keys(kept).length > 0;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Members</h1>
        <p className="flex gap-4 text-sm">
          <Link href="/admin/members/new" className="text-emerald-800 underline">
            Add a member
          </Link>
          <Link href="/admin/members/import" className="text-emerald-800 underline">
            Import CSV
          </Link>
        </p>
      </div>
      {/* Keyed by the filter: back and forward show the form as the URL has it. */}
      <MemberFilterForm
        key={new URLSearchParams(kept).toString()}
        filter={filter}
        interests={interests.map((i) => ({ value: i.id, label: i.name }))}
      />
      {/* Announced after a search: the count is the search's result. */}
      <p role="status" className="text-sm text-stone-700">
        {more ? `More than ${total} members` : `${total} member${total === 1 ? "" : "s"}`}
        {filtered ? (total === 1 && !more ? " matches the filter" : " match the filter") : ""}
        {" · "}
        <a
          href={`/admin/members/export?${new URLSearchParams(kept).toString()}`}
          className="text-emerald-800 underline"
        >
          Export CSV
        </a>
      </p>
      <DataTable columns={["Email", "Name", "Confirmed", "Newsletter", "Interests", "MailerLite sync", ""]}>
        {rows.map((member) => (
          <Row key={member.id}>
            <Cell wrap="truncate">
              <Link
                href={`/admin/members/${member.id}`}
                title={member.email}
                className="text-emerald-800 underline"
              >
                {member.email}
              </Link>
            </Cell>
            <Cell wrap="truncate">
              <span title={member.name}>{member.name}</span>
            </Cell>
            <Cell>{member.confirmed ? "Yes" : "No"}</Cell>
            <Cell>
              {member.newsletter
                ? "Yes"
                : member.newsletterStop
                  ? adminStopLabel(member.newsletterStop, formatTime)
                  : "No"}
            </Cell>
            <Cell>{member.interests.join(", ") || "—"}</Cell>
            <Cell>
              {syncStateLabel({
                state: member.syncState,
                confirmed: member.confirmed,
                newsletter: member.newsletter,
                newsletterStop: member.newsletterStop?.reason ?? null,
              })}
            </Cell>
            <Cell>
              <DeleteMemberButton id={member.id} email={member.email} />
            </Cell>
          </Row>
        ))}
      </DataTable>
      <Pagination page={page} pageCount={pageCount} more={more} params={kept} />
    </div>
  );
}
