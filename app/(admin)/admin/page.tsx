import type { Metadata } from "next";
import { Pagination } from "@/components/ui/pagination";
import { listMembers } from "@/lib/data/members";
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
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-300">
            <tr>
              <th scope="col" className="py-2 pr-3">
                Email
              </th>
              <th scope="col" className="py-2 pr-3">
                Name
              </th>
              <th scope="col" className="py-2 pr-3">
                Confirmed
              </th>
              <th scope="col" className="py-2 pr-3">
                Newsletter
              </th>
              <th scope="col" className="py-2 pr-3">
                Interests
              </th>
              <th scope="col" className="py-2 pr-3">
                MailerLite sync
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((member) => (
              <tr key={member.id} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-3 break-all">{member.email}</td>
                <td className="py-2 pr-3">{member.name}</td>
                <td className="py-2 pr-3">{member.confirmed ? "Yes" : "No"}</td>
                <td className="py-2 pr-3">{member.newsletter ? "Yes" : "No"}</td>
                <td className="py-2 pr-3">{member.interests.join(", ") || "—"}</td>
                <td className="py-2 pr-3">{member.sync}</td>
                <td className="py-2">
                  <DeleteMemberButton id={member.id} email={member.email} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={pageCount} params={q ? { q } : {}} />
    </div>
  );
}
