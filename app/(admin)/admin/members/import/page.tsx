import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import Link from "next/link";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { listMemberImports } from "@/lib/data/admin-member-import";
import { formatTime } from "@/lib/format-time";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/validation/limits";
import { ImportRules } from "./_components/import-rules";
import { UploadForm } from "./_components/upload-form";
import { importStateLabel } from "./_components/import-state-label";
import { uploadErrorIn } from "./_components/upload-error";

export const metadata: Metadata = { title: "Import members" };

export default async function ImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const imports = await listMemberImports();
  const uploadError = uploadErrorIn((await searchParams).error);
  return (
    <div className="space-y-6">
      <BackLink href="/admin">Members</BackLink>
      <h1 className="font-serif text-3xl font-bold">Import members</h1>
      <div className="max-w-2xl space-y-2 text-stone-700">
        <p>
          Bring in your existing list from a spreadsheet, another mailing list, Ghost or MailerLite: a CSV
          file in UTF-8 (with or without a byte-order mark), separated by commas or semicolons, with a header
          row.
        </p>
        <p>
          Limits: at most {MAX_IMPORT_BYTES / 1024 / 1024} MB and {MAX_IMPORT_ROWS.toLocaleString("en")} rows
          per file. Next you choose what each column holds and see a preview; nothing is imported before you
          confirm.
        </p>
        <ImportRules />
      </div>
      <UploadForm error={uploadError} />
      {imports.length > 0 && (
        <section aria-labelledby="recent-heading" className="space-y-3">
          <h2 id="recent-heading" className="text-xl font-semibold">
            Recent imports
          </h2>
          <DataTable columns={["File", "Uploaded", "Rows", "State"]}>
            {imports.map((i) => (
              <Row key={i.id}>
                <Cell wrap="all">
                  <Link href={`/admin/members/import/${i.id}`} className="text-emerald-800 underline">
                    {i.fileName}
                  </Link>
                </Cell>
                <Cell>{formatTime(i.createdAt)}</Cell>
                <Cell>{i.rowCount}</Cell>
                <Cell>{importStateLabel(i.state)}</Cell>
              </Row>
            ))}
          </DataTable>
        </section>
      )}
    </div>
  );
}
