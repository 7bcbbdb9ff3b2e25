import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { systemClock, type Clock } from "@/lib/clock";
import {
  createMailerLiteClient,
  MailerLiteError,
  type StartTimeout,
  type SubscriberOperation,
  type SubscriberOutcome,
} from "@/lib/mailerlite";
import { adoptMailerLiteStatus } from "@/lib/members/adopt-mailerlite-status";
import type { Holder, Lease } from "@/lib/queue/lease-queue";
import { applyOutcome } from "./apply-outcome";
import { databaseGrants } from "./database-grants";
import { retryDelay } from "./backoff";
import { forgetGroup, interestsNeedingGroups } from "../group-store";
import {
  claimDueMembers,
  currentVersions,
  failMember,
  finishMember,
  recordPossibleSubscriber,
  releaseMember,
  renewLeases,
} from "./member-leases";
import { OperationSender } from "./operation-sender";
import { planNextOperation } from "./plan-next-operation";
import { Reconciler } from "../reconcile/reconciler";
import { syncGroups } from "./sync-groups";
import { isSyncPaused, pauseSync, recordSyncError, recordSyncSuccess } from "../sync-status";
import { isSuppressedStatus } from "../member-state";
import { loadSyncSubject, managedGroupIds, saveRemote, type SyncSubject } from "../sync-subject";
import { holdLease, releaseLease } from "../worker-lease";

export type SyncWorkerOptions = {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  /** Starts each request's timeout (a real timer by default). */
  startTimeout?: StartTimeout;
  /** Requests, and batches made only of subscriber upserts ("imports"), allowed per window. */
  requestsPerWindow?: number;
  importsPerWindow?: number;
  windowMs?: number;
  leaseMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  fetch?: typeof globalThis.fetch;
  log?: (message: string) => void;
  /** How often a reconciliation pass walks MailerLite (default 60 minutes), and its page size. */
  reconcileEveryMs?: number;
  reconcilePageSize?: number;
  /** The URL to register as the app's webhook; none is registered without one. */
  webhookUrl?: string | null;
  /** The time of leases, retries and rate windows, and the waits for them (the real clock by default). */
  clock?: Clock;
};

type PlannedCall = { id: string; op: SubscriberOperation; subject: SyncSubject };

export const MAILERLITE_KEY_REJECTED = "MailerLite rejected the API key";
const GROUPS_LEASE = "mailerlite-groups";

/**
 * Brings MailerLite in line with the members, one pass at a time: claims due members with a lease, plans
 * each member's next call from what it wants and what MailerLite holds, sends the calls (batched when many),
 * and repeats until each member matches. Calls for one member are never concurrent and always in order.
 */
export class SyncWorker {
  readonly owner = randomUUID();
  private readonly sender: OperationSender;
  private readonly keyHash: string;
  private readonly leaseMs: number;
  private readonly verifyDelayMs: number;
  private readonly backoff: { baseMs: number; maxMs: number };
  private readonly log: (message: string) => void;
  private readonly reconciler: Reconciler;
  private readonly clock: Clock;
  private stopping = false;

  constructor(options: SyncWorkerOptions) {
    const timeoutMs = options.timeoutMs ?? 10_000;
    this.clock = options.clock ?? systemClock;
    const client = createMailerLiteClient({
      baseUrl: options.baseUrl,
      apiKey: options.apiKey,
      timeoutMs,
      startTimeout: options.startTimeout,
      fetch: options.fetch,
    });
    const account = `mailerlite:${createHash("sha256").update(`${options.baseUrl} ${options.apiKey}`).digest("hex").slice(0, 16)}`;
    this.sender = new OperationSender(
      client,
      {
        requestsPerWindow: options.requestsPerWindow ?? 120,
        importsPerWindow: options.importsPerWindow ?? 5,
        // A slightly longer window than MailerLite's: requests arrive there a little later than they leave
        // here, and a 429 costs far more (Retry-After) than the 2 % given up.
        windowMs: (options.windowMs ?? 60_000) * 1.02,
        // MailerLite's limits are the account's: every process using this key and API counts in one window.
        grants: {
          requests: databaseGrants(`${account}:requests`),
          imports: databaseGrants(`${account}:imports`),
        },
        clock: this.clock,
      },
      () => this.stopping,
    );
    this.keyHash = createHash("sha256").update(options.apiKey).digest("hex");
    this.leaseMs = options.leaseMs ?? Math.max(60_000, timeoutMs * 6);
    this.verifyDelayMs = timeoutMs * 2;
    this.backoff = { baseMs: options.retryBaseMs ?? 1000, maxMs: options.retryMaxMs ?? 15 * 60_000 };
    this.log = options.log ?? ((message) => console.warn(`[sync] ${message}`));
    this.reconciler = new Reconciler(this.owner, this.sender.limitedClient, {
      everyMs: options.reconcileEveryMs ?? 60 * 60_000,
      pageSize: options.reconcilePageSize ?? 100,
      webhookUrl: options.webhookUrl ?? null,
      leaseMs: this.leaseMs,
      retry: { baseMs: this.backoff.baseMs * 2, maxMs: Math.min(this.backoff.maxMs, 5 * 60_000) },
      log: this.log,
      clock: this.clock,
    });
  }

  /**
   * One step of the reconciliation pass that is due (one call to MailerLite); false when none was due.
   * Called between the sync's own passes, so members' changes never wait behind it.
   */
  async reconcileStep(): Promise<boolean> {
    if (this.stopping || (await isSyncPaused(this.keyHash))) return false;
    return this.reconciler.step();
  }

  /** Asks a running pass to stop after the calls in flight. */
  stop(): void {
    this.stopping = true;
  }

  /** One pass; returns the number of members it worked on (0: nothing was due). */
  async runOnce(): Promise<number> {
    if (this.stopping || (await isSyncPaused(this.keyHash))) return 0;
    if (await this.syncGroupsAlone()) return 0;
    const ids = await claimDueMembers(this.lease(), this.sender.maxOperations);
    if (ids.length === 0) return 0;
    const managed = await managedGroupIds();
    const active = new Map<string, SyncSubject>();
    for (const id of ids) {
      const subject = await loadSyncSubject(id);
      if (!subject) continue;
      if (!subject.desired) await releaseMember(id, this.holder(), this.later(2000));
      else active.set(id, subject);
    }
    // While calls are in flight (a Retry-After, a slow MailerLite), the leases are kept fresh; a member
    // whose lease was lost anyway (this process stalled) is left to the worker that took it over.
    const heartbeat = setInterval(() => {
      this.renew(active).catch((error: unknown) => this.log(`lease renewal failed: ${String(error)}`));
    }, this.leaseMs / 3);
    try {
      return await this.converge(ids.length, active, managed);
    } finally {
      clearInterval(heartbeat);
    }
  }

  /**
   * Creates and renames the interests' groups, one process at a time (two would create a group twice); true
   * when an error stops this pass (the key was rejected).
   */
  private async syncGroupsAlone(): Promise<boolean> {
    // Nearly every pass has no group to make or rename: the lease (two writes) only when one has.
    if ((await interestsNeedingGroups()).length === 0) return false;
    if (!(await holdLease(GROUPS_LEASE, this.lease()))) return false;
    try {
      await syncGroups(this.sender.limitedClient, () => holdLease(GROUPS_LEASE, this.lease()));
      return false;
    } catch (error) {
      return this.handleGlobalError(error, "groups");
    } finally {
      await releaseLease(GROUPS_LEASE, this.holder());
    }
  }

  private async renew(active: Map<string, SyncSubject>): Promise<void> {
    // A stopping worker finishes its calls well within the lease; it does not hold members any longer.
    if (this.stopping) return;
    for (const id of await renewLeases(this.lease(), [...active.keys()])) active.delete(id);
  }

  private async converge(claimed: number, active: Map<string, SyncSubject>, managed: Set<string>) {
    let progressed = false;
    while (active.size > 0 && !this.stopping) {
      await this.renew(active);
      const work = await this.withoutStaleUpserts(await this.planPass(active), active);
      if (work.length === 0) break;
      // A first upsert may land even if this process dies before its answer: the next owner looks for it.
      for (const { id, op, subject } of work) {
        if (op.kind !== "upsert" || subject.remote.state !== "absent") continue;
        await recordPossibleSubscriber(id, this.holder(), op.email);
      }
      const outcomes = await this.sender.send(work.map((w) => w.op));
      for (const [index, { id, op, subject }] of work.entries()) {
        const outcome = outcomes[index];
        if (!active.has(id)) continue;
        if (!outcome) {
          active.delete(id);
          await releaseMember(id, this.holder());
          continue;
        }
        const step = applyOutcome(op, subject.remote, outcome);
        if (step.kind === "progress") {
          const groupIds = step.remote.groupIds.filter((groupId) => managed.has(groupId));
          subject.remote = { ...step.remote, groupIds };
          if (!step.remote.verify) subject.verifyAfter = null;
          if (!(await saveRemote(id, this.owner, subject.remote, subject.verifyAfter))) active.delete(id);
          else if (await this.adoptStatus(id, subject, outcome)) {
            // The member's choices changed with it: the next pass plans from them afresh.
            active.delete(id);
            await releaseMember(id, this.holder());
          }
          progressed = true;
          continue;
        }
        active.delete(id);
        if (step.kind === "vanished") {
          // Taken in while the member still names the subscriber: only its own subscriber can be gone.
          const report = {
            subscriberId: step.subscriberId,
            email: null,
            status: "deleted",
            at: null,
          } as const;
          await adoptMailerLiteStatus({ ...report, source: "sync" }, id);
          await saveRemote(id, this.owner, step.remote, null);
          await releaseMember(id, this.holder());
        } else if (step.kind === "group-missing") {
          await forgetGroup(step.groupId);
          await releaseMember(id, this.holder());
        } else if (step.kind === "retry") {
          if (step.uncertain) subject.verifyAfter = this.later(this.verifyDelayMs);
          await saveRemote(id, this.owner, step.remote, subject.verifyAfter);
          const delay = retryDelay(step.error, subject.attempts + 1, this.backoff);
          await releaseMember(id, this.holder(), this.later(delay), step.error.message);
          await recordSyncError(step.error.message);
        } else if (step.kind === "fail") {
          await failMember(id, this.holder(), subject.version, step.error.message);
          await recordSyncError(step.error.message);
        } else {
          await releaseMember(id, this.holder());
          await this.pause();
        }
      }
      if (!(await this.stillAllowed())) break;
    }
    for (const id of active.keys()) await releaseMember(id, this.holder());
    if (progressed) await recordSyncSuccess();
    return claimed;
  }

  /**
   * An upsert asks MailerLite for "active": it goes out only if the member has not changed since this pass
   * read them (MailerLite's suppression may have been taken in meanwhile, by another process). The others
   * leave the pass and are planned afresh.
   */
  private async withoutStaleUpserts(
    work: PlannedCall[],
    active: Map<string, SyncSubject>,
  ): Promise<PlannedCall[]> {
    const upserts = work.filter((w) => w.op.kind === "upsert").map((w) => w.id);
    if (upserts.length === 0) return work;
    const versions = await currentVersions(upserts);
    const kept: PlannedCall[] = [];
    for (const call of work) {
      if (call.op.kind !== "upsert" || versions.get(call.id) === call.subject.version) {
        kept.push(call);
        continue;
      }
      active.delete(call.id);
      await releaseMember(call.id, this.holder());
    }
    return kept;
  }

  /**
   * MailerLite answered with a status the member's choices do not reflect: a suppression (unsubscribed,
   * bounced, junk) for a member who wants the newsletter, or active again for one it had suppressed. True
   * when the member changed.
   */
  private async adoptStatus(id: string, subject: SyncSubject, outcome: SubscriberOutcome): Promise<boolean> {
    if (outcome.kind !== "subscriber" || !subject.desired?.present) return false;
    const { status, statusAt, id: subscriberId, email } = outcome.subscriber;
    const differs = subject.desired.suppressed ? status === "active" : isSuppressedStatus(status);
    if (!differs) return false;
    const report = { subscriberId, email, status, at: statusAt, source: "sync" } as const;
    const result = await adoptMailerLiteStatus(report, id);
    return result.startsWith("newsletter");
  }

  /** Each active member's next call; members that already match (or must wait to verify) leave the pass. */
  private async planPass(active: Map<string, SyncSubject>) {
    const work: PlannedCall[] = [];
    for (const [id, subject] of active) {
      const op = planNextOperation(subject.desired!, subject.remote);
      const verifyLater =
        op?.kind === "read" && subject.verifyAfter && subject.verifyAfter > this.clock.now();
      if (!op) await finishMember(id, this.holder(), subject.version);
      else if (verifyLater) await releaseMember(id, this.holder(), subject.verifyAfter!);
      else work.push({ id, op, subject });
      if (!op || verifyLater) active.delete(id);
    }
    return work;
  }

  /** This worker's lease on what it claims or renews now. */
  private lease(): Lease {
    return { owner: this.owner, now: this.clock.now(), ms: this.leaseMs };
  }

  private holder(): Holder {
    return { owner: this.owner, now: this.clock.now() };
  }

  private later(ms: number): Date {
    return new Date(this.clock.now().getTime() + ms);
  }

  private async stillAllowed(): Promise<boolean> {
    return !this.stopping && !(await isSyncPaused(this.keyHash));
  }

  private async pause(): Promise<void> {
    this.log(MAILERLITE_KEY_REJECTED);
    await pauseSync(MAILERLITE_KEY_REJECTED, this.keyHash);
  }

  /** True when the error stops this pass (the key was rejected). */
  private async handleGlobalError(error: unknown, what: string): Promise<boolean> {
    if (!(error instanceof MailerLiteError)) throw error;
    if (error.keyRejected) {
      await this.pause();
      return true;
    }
    await recordSyncError(`${what}: ${error.message}`);
    return false;
  }
}
