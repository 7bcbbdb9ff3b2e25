import "server-only";
import type { Clock } from "@/lib/clock";
import { listSubscribersPage, MailerLiteError, type MailerLiteClient } from "@/lib/mailerlite";
import { ensureWebhook } from "./ensure-webhook";
import { reconcileGroups } from "./reconcile-groups";
import {
  advanceReconcileRun,
  currentReconcileRun,
  failReconcileRun,
  readUnmatchedNotes,
  RECONCILE_PHASES,
  startReconcileRun,
  type ReconcilePhase,
  type ReconcileProgress,
} from "../reconcile-runs";
import { checkUnlistedMember, nextUnlistedMember } from "./check-unlisted-member";
import { reconcilePage } from "./reconcile-subscriber";
import { managedGroupIds } from "../sync-subject";
import { holdLease, releaseLease } from "../worker-lease";

export type ReconcilerOptions = {
  everyMs: number;
  pageSize: number;
  /** Where MailerLite should deliver webhooks; null: none is registered (a secret set by hand, or tests). */
  webhookUrl: string | null;
  leaseMs: number;
  /** The first and the longest wait after a call that failed (doubling in between). */
  retry: { baseMs: number; maxMs: number };
  log: (message: string) => void;
  clock: Clock;
};

const LEASE = "mailerlite-reconcile";
const MAX_NOTES = 20;

const nextPhase = (phase: ReconcilePhase): ReconcilePhase | "done" =>
  RECONCILE_PHASES[RECONCILE_PHASES.indexOf(phase) + 1] ?? "done";

/**
 * Walks MailerLite one call at a time (the sync's members go first between calls, through the same rate
 * limiter) and repairs what differs from the app: the webhook, the interests' groups, then every
 * subscriber of each status, page by page, then reads back, one by one, the subscribers of members it did not
 * list. The pass and its cursor live in the database, so another process carries it on if this one stops.
 */
export class Reconciler {
  private retryAt = 0;
  private failures = 0;

  constructor(
    private readonly owner: string,
    private readonly client: MailerLiteClient,
    private readonly options: ReconcilerOptions,
  ) {}

  /** One step of the pass that is due; false when there was nothing to do. */
  async step(): Promise<boolean> {
    const now = this.now();
    if (now.getTime() < this.retryAt) return false;
    if (!(await holdLease(LEASE, { owner: this.owner, now, ms: this.options.leaseMs }))) return false;
    const run = await currentReconcileRun(this.options.everyMs, now);
    if (!run) {
      await releaseLease(LEASE, { owner: this.owner, now });
      return false;
    }
    if (run.state === "queued") await startReconcileRun(run.id, now);
    const phase = (run.state === "queued" ? "webhook" : run.phase) as ReconcilePhase;
    try {
      await this.runPhase(run.id, phase, run.cursor, run.startedAt ?? now);
      this.failures = 0;
    } catch (error) {
      if (!(error instanceof MailerLiteError)) throw error;
      this.options.log(`reconciliation (${phase}): ${error.message}`);
      if (error.retryable) {
        this.failures += 1;
        const { baseMs, maxMs } = this.options.retry;
        this.retryAt = this.now().getTime() + Math.min(maxMs, baseMs * 2 ** (this.failures - 1));
        await this.advance(run.id, { error: `${phase}: ${error.message}`.slice(0, 500) });
      } else {
        await failReconcileRun(run.id, `${phase}: ${error.message}`, this.now());
      }
    }
    return true;
  }

  private now(): Date {
    return this.options.clock.now();
  }

  private advance(id: string, progress: ReconcileProgress): Promise<void> {
    return advanceReconcileRun(id, progress, this.now());
  }

  private async runPhase(id: string, phase: ReconcilePhase, cursor: string | null, startedAt: Date) {
    switch (phase) {
      case "webhook": {
        if (this.options.webhookUrl)
          this.options.log(await ensureWebhook(this.client, this.options.webhookUrl));
        return this.advance(id, { phase: nextPhase(phase), error: null });
      }
      case "groups": {
        const { repaired } = await reconcileGroups(this.client);
        return this.advance(id, { phase: nextPhase(phase), repaired });
      }
      case "missing": {
        const member = await nextUnlistedMember(startedAt, cursor, this.now());
        if (!member) return this.advance(id, { phase: "done" });
        const verdict = await checkUnlistedMember(this.client, member, await managedGroupIds(), this.now());
        return this.advance(id, {
          cursor: member.memberId,
          vanished: 1,
          missing: verdict === "missing" ? 1 : 0,
          adopted: verdict === "adopted" ? 1 : 0,
          repaired: verdict === "repaired" ? 1 : 0,
        });
      }
      default:
        return this.walkPage(id, phase, cursor);
    }
  }

  private async walkPage(
    id: string,
    status: Exclude<ReconcilePhase, "webhook" | "groups" | "missing">,
    cursor: string | null,
  ) {
    const page = await listSubscribersPage(this.client, { status, cursor, limit: this.options.pageSize });
    const managed = await managedGroupIds();
    const counts = { adopted: 0, repaired: 0, unmatched: 0 };
    const notes: string[] = [];
    const verdicts = await reconcilePage(page.subscribers, managed, this.now());
    for (const [index, verdict] of verdicts.entries()) {
      if (verdict === "adopted" || verdict === "repaired" || verdict === "unmatched") counts[verdict] += 1;
      if (verdict === "unmatched") notes.push(page.subscribers[index]!.email);
    }
    const run = notes.length ? await readUnmatchedNotes(id) : "";
    const unmatchedNotes = notes.length
      ? [...run.split("\n").filter(Boolean), ...notes].slice(0, MAX_NOTES).join("\n")
      : undefined;
    await this.advance(id, {
      ...counts,
      unmatchedNotes,
      pages: 1,
      seen: page.subscribers.length,
      cursor: page.nextCursor,
      phase: page.nextCursor ? status : nextPhase(status),
    });
  }
}
