import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { FactList } from "@/components/ui/fact-list";
import { Pagination } from "@/components/ui/pagination";
import { ProgressBar } from "@/components/ui/progress-bar";
import { RefreshWhile } from "@/components/ui/refresh-while";
import {
  getMemberImport,
  listImportRowsToReview,
  type MemberImportView,
} from "@/lib/data/admin-member-import";
import { formatTime } from "@/lib/format-time";
import { IMPORT_CONSENT_LABEL, IMPORT_INTERESTS_LABEL } from "@/lib/validation/consent-labels";
import { recordIdSchema } from "@/lib/validation/fields";
import { pageParamsSchema } from "@/lib/validation/page-params";
import { ImportRules } from "../_components/import-rules";
import { importStateLabel } from "../_components/import-state-label";
import { MappingForm } from "./_components/mapping-form";
import { StartImportForm } from "./_components/start-import-form";

export const metadata: Metadata = { title: "Import members" };

const PREVIEW_LABEL: Record<string, string> = {
  invalid: "Invalid: not imported",
  duplicate: "Duplicate: not imported",
  updated: "Will be updated",
  unchanged: "Unchanged",
  new: "New",
};

function Summary({ view }: { view: MemberImportView }) {
  return (
    <FactList
      facts={[
        ["Rows", String(view.rowCount)],
        ["New members", String(view.previewNew)],
        ["Members updated", String(view.previewUpdated)],
        ["Unchanged", String(view.previewSame)],
        ["Invalid", String(view.previewInvalid)],
        ["Duplicate within the file", String(view.previewDupes)],
        [
          "Newsletter",
          view.consentAt
            ? `Subscribes the new members whose row says yes: ${view.consentBy ?? "an admin"} confirmed “${IMPORT_CONSENT_LABEL}” on ${formatTime(view.consentAt)}`
            : "Not changed by this import (the consent statement was not ticked)",
        ],
        [
          "Interests",
          view.interestsAt
            ? `Added to existing members who did not choose their own: ${view.interestsBy ?? "an admin"} confirmed “${IMPORT_INTERESTS_LABEL}” on ${formatTime(view.interestsAt)}`
            : "Given to new members only (the statement that the members asked for them was not ticked)",
        ],
      ]}
    />
  );
}

function Progress({ view }: { view: MemberImportView }) {
  const total = Math.max(view.toImport, 0);
  return (
    <ProgressBar
      id="import-progress"
      label={`${view.processed} of ${total} rows imported`}
      done={view.processed}
      total={total}
    />
  );
}

export default async function ImportDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const parsed = recordIdSchema.safeParse({ id: (await params).id });
  const view = parsed.success ? await getMemberImport(parsed.data.id) : null;
  if (!view) notFound();
  const { page } = pageParamsSchema.parse(await searchParams);
  const working = view.state === "queued" || view.state === "running";
  const editable = view.state === "draft" || view.state === "previewed";
  const review = view.state === "draft" ? null : await listImportRowsToReview(view.id, page);
  return (
    <div className="space-y-8">
      <BackLink href="/admin/members/import">Imports</BackLink>
      <div>
        <h1 className="font-serif text-3xl font-bold break-all">Import of {view.fileName}</h1>
        <p className="mt-1 text-stone-700">
          Uploaded {formatTime(view.createdAt)} · {view.rowCount} rows ·{" "}
          {view.delimiter === ";" ? "semicolon" : "comma"}-separated · {importStateLabel(view.state)}
        </p>
      </div>
      <RefreshWhile active={working} everyMs={1000} />
      {(working || view.state === "done") && (
        <section aria-labelledby="progress-heading" className="space-y-3">
          <h2 id="progress-heading" className="text-xl font-semibold">
            {view.state === "done" ? "Result" : "Progress"}
          </h2>
          <Progress view={view} />
          {view.state === "done" && (
            <FactList
              facts={[
                ["Members created", String(view.created)],
                ["Members updated", String(view.updated)],
                ["Unchanged", String(view.unchanged)],
                ["Not imported", String(view.previewInvalid + view.previewDupes + view.failed)],
                ["Finished", view.finishedAt ? formatTime(view.finishedAt) : "—"],
              ]}
            />
          )}
          <p className="text-sm text-stone-700">
            Imported members reach MailerLite through the sync, in batches, as fast as its limits allow (see{" "}
            <Link href="/admin/sync" className="text-emerald-800 underline">
              Sync
            </Link>
            ).
          </p>
        </section>
      )}
      {editable && (
        <section aria-labelledby="mapping-heading" className="space-y-3">
          <h2 id="mapping-heading" className="text-xl font-semibold">
            1. What each column holds
          </h2>
          <p className="text-sm text-stone-700">
            Interests come from one column listing them (separated by commas, semicolons or |), or from one
            yes/no column per interest.
          </p>
          <ImportRules />
          <MappingForm
            id={view.id}
            columns={view.columns}
            mapping={view.mapping}
            interests={view.interests}
            consent={view.consentAt !== null}
            interestsAsked={view.interestsAt !== null}
          />
        </section>
      )}
      {view.state !== "draft" && (
        <section aria-labelledby="preview-heading" className="space-y-3">
          <h2 id="preview-heading" className="text-xl font-semibold">
            {editable ? "2. Preview" : "Preview"}
          </h2>
          <Summary view={view} />
        </section>
      )}
      {review && (
        <section aria-labelledby="review-heading" className="space-y-3">
          <h2 id="review-heading" className="text-xl font-semibold">
            Rows to look at ({review.total})
          </h2>
          {review.total === 0 ? (
            <p className="text-stone-700">Every row can be imported as it is.</p>
          ) : (
            <>
              <DataTable columns={["Row", "Email", "Result", "Why"]}>
                {review.rows.map((row) => (
                  <Row key={row.row}>
                    <Cell>{row.row}</Cell>
                    <Cell wrap="all">{row.email || "—"}</Cell>
                    <Cell>
                      {row.outcome === "failed" ? "Failed: not imported" : PREVIEW_LABEL[row.preview]}
                    </Cell>
                    <Cell>{[row.problem, row.note].filter(Boolean).join("; ")}</Cell>
                  </Row>
                ))}
              </DataTable>
              <Pagination page={page} pageCount={review.pageCount} params={{}} />
            </>
          )}
          {!editable && review.total > 0 && (
            <p>
              <a href={`/admin/members/import/${view.id}/report`} className="text-emerald-800 underline">
                Download the report (CSV)
              </a>
            </p>
          )}
        </section>
      )}
      {view.state === "previewed" && (
        <section aria-labelledby="start-heading" className="space-y-3">
          <h2 id="start-heading" className="text-xl font-semibold">
            3. Import
          </h2>
          <StartImportForm id={view.id} count={view.toImport} />
        </section>
      )}
    </div>
  );
}
