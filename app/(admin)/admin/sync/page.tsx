import { FactList } from "@/components/ui/fact-list";
import type { Metadata } from "next";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { SubmitButton } from "@/components/form/submit-button";
import { Pagination } from "@/components/ui/pagination";
import { getSyncOverview, getSyncProgress } from "@/lib/data/admin-sync";
import { formatTime } from "@/lib/format-time";
import { pageParamsSchema } from "@/lib/validation/page-params";
import { retrySyncAction } from "./actions";
import { LiveProgress } from "./_components/live-progress";
import { Reconciliation } from "./_components/reconciliation";
import { RetryAllForm } from "./_components/retry-all-form";
import { WebhookStatus } from "./_components/webhook-status";

export const metadata: Metadata = { title: "MailerLite sync" };

export default async function AdminSyncPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { page } = pageParamsSchema.parse(await searchParams);
  const [sync, progress] = await Promise.all([getSyncOverview(page), getSyncProgress()]);
  const facts: [string, string][] = [
    ["Pending", String(sync.pending)],
    ["Failed", String(sync.failed)],
    ["Oldest pending change", formatTime(sync.oldestPendingSince)],
    ["Last success", formatTime(sync.lastSuccessAt)],
    ["Last error", sync.lastError ? `${sync.lastError} (${formatTime(sync.lastErrorAt)})` : "—"],
    [
      "Newsletter stopped in MailerLite",
      `${sync.stops.unsubscribed ?? 0} unsubscribed, ${sync.stops.bounced ?? 0} bounced, ${sync.stops.junk ?? 0} marked as spam, ${sync.stops.deleted ?? 0} deleted`,
    ],
  ];
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">MailerLite sync</h1>
      <FactList facts={facts} />
      <LiveProgress initial={progress} />
      <WebhookStatus webhook={sync.webhook} handSecret={sync.handSecret} />
      <Reconciliation runs={sync.runs} everyMinutes={sync.reconcileEveryMinutes} />
      <h2 className="text-xl font-semibold">Members waiting or failed</h2>
      <RetryAllForm failed={sync.failed} />
      {sync.rows.length === 0 ? (
        <p>Every member is in sync.</p>
      ) : (
        <DataTable
          columns={["Member", "State", "Attempts", "Waiting since", "Next attempt", "Last error", ""]}
        >
          {sync.rows.map((row) => (
            <Row key={row.memberId}>
              <Cell wrap="all">{row.email}</Cell>
              <Cell>{row.state}</Cell>
              <Cell>{row.attempts}</Cell>
              <Cell>{formatTime(row.pendingSince)}</Cell>
              <Cell>{row.state === "failed" ? "When you retry" : formatTime(row.nextAttemptAt)}</Cell>
              <Cell>{row.lastError ?? "—"}</Cell>
              <Cell>
                <form action={retrySyncAction}>
                  <input type="hidden" name="id" value={row.memberId} />
                  <SubmitButton
                    variant="secondary"
                    aria-label={`Retry ${row.email}`}
                    pendingLabel="Retrying…"
                  >
                    Retry
                  </SubmitButton>
                </form>
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={sync.pageCount} params={{}} />
    </div>
  );
}
