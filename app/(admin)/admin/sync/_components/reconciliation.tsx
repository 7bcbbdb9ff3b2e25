import { formatTime } from "@/lib/format-time";
import { reconcileNowAction } from "../actions";
import { SubmitButton } from "@/components/form/submit-button";
import { RefreshWhile } from "@/components/ui/refresh-while";

type Run = {
  id: string;
  requestedAt: Date;
  requestedBy: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  state: string;
  phase: string;
  pages: number;
  seen: number;
  adopted: number;
  repaired: number;
  vanished: number;
  missing: number;
  unmatched: number;
  unmatchedNotes: string;
  error: string | null;
};

const PHASES: Record<string, string> = {
  webhook: "checking the webhook",
  groups: "checking the interest groups",
  active: "reading active subscribers",
  unsubscribed: "reading unsubscribed subscribers",
  bounced: "reading bounced subscribers",
  junk: "reading subscribers who reported spam",
  unconfirmed: "reading unconfirmed subscribers",
  missing: "reading back the subscribers of members MailerLite did not list",
};

function summary(run: Run): string {
  const found = `${run.seen} subscribers read in ${run.pages} pages; ${run.adopted} statuses taken from MailerLite, ${run.repaired} repaired, ${run.missing} missing in MailerLite (of ${run.vanished} not listed, each read back), ${run.unmatched} in an interest group with no member`;
  if (run.state === "queued") return "Waiting to start.";
  if (run.state === "running") return `Running: ${PHASES[run.phase] ?? run.phase}. So far ${found}.`;
  if (run.state === "failed") return `Stopped: ${run.error ?? "unknown error"}. ${found}.`;
  return `Finished ${formatTime(run.finishedAt)}: ${found}.`;
}

/** The reconciliation passes: the latest one's progress or result, and a button to run one now. */
export function Reconciliation({ runs, everyMinutes }: { runs: Run[]; everyMinutes: number }) {
  const [latest, ...earlier] = runs;
  const busy = latest?.state === "queued" || latest?.state === "running";
  return (
    <section aria-labelledby="reconcile-heading" className="space-y-3">
      <h2 id="reconcile-heading" className="text-xl font-semibold">
        Reconciliation
      </h2>
      <p className="text-stone-700">
        Every {everyMinutes} minutes the app reads every subscriber in MailerLite, takes in unsubscribes,
        bounces and spam reports it missed, turns the newsletter off for members whose subscriber is missing
        there (deleted in MailerLite), and puts back interest groups and names changed there by hand.
      </p>
      <RefreshWhile active={busy} />
      <p role="status" aria-live="polite">
        {latest
          ? `Last pass (started ${formatTime(latest.startedAt ?? latest.requestedAt)}): ${summary(latest)}`
          : "No pass has run yet."}
      </p>
      {latest?.error && latest.state !== "failed" && (
        <p className="text-sm text-amber-800">Last error: {latest.error}</p>
      )}
      {latest && latest.unmatchedNotes && (
        <details>
          <summary>Subscribers in an interest group that no member matches</summary>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {latest.unmatchedNotes.split("\n").map((email) => (
              <li key={email}>{email}</li>
            ))}
          </ul>
        </details>
      )}
      <form action={reconcileNowAction}>
        <SubmitButton variant="secondary" disabled={busy} pendingLabel="Starting…">
          Reconcile now
        </SubmitButton>
      </form>
      {earlier.length > 0 && (
        <details>
          <summary>Earlier passes</summary>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {earlier.map((run) => (
              <li key={run.id}>{summary(run)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
