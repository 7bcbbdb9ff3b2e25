import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { forgetGroup } from "@/lib/data/interest-groups";
import {
  claimDueMembers,
  failMember,
  finishMember,
  loadSyncSubject,
  managedGroupIds,
  releaseMember,
  renewLeases,
  saveRemote,
  type SyncSubject,
} from "@/lib/data/member-sync";
import { isSyncPaused, pauseSync, recordSyncError, recordSyncSuccess } from "@/lib/data/sync-status";
import {
  batch,
  createMailerLiteClient,
  MailerLiteError,
  readBatchItem,
  type MailerLiteClient,
} from "@/lib/mailerlite";
import { applyOutcome, type Outcome } from "./apply-outcome";
import { retryDelay } from "./backoff";
import type { Operation } from "./member-state";
import { operationRequest } from "./operation-request";
import { planNextOperation } from "./plan-next-operation";
import { rateLimitedClient } from "./rate-limited-client";
import { RateLimiter } from "./rate-limiter";
import { syncGroups } from "./sync-groups";

export type SyncWorkerOptions = {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  /** Requests, and batches made only of subscriber upserts ("imports"), allowed per window. */
  requestsPerWindow?: number;
  importsPerWindow?: number;
  windowMs?: number;
  leaseMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  fetch?: typeof globalThis.fetch;
  log?: (message: string) => void;
};

const BATCH_SIZE = 50;
/** Fewer upserts than this go one by one: an import slot (5 a minute) is worth a full batch. */
const MIN_IMPORT = 10;
const SINGLE_CONCURRENCY = 8;

export const MAILERLITE_KEY_REJECTED = "MailerLite rejected the API key";

/**
 * Brings MailerLite in line with the members, one pass at a time: claims due members with a lease, plans
 * each member's next call from what it wants and what MailerLite holds, sends the calls (batched when many),
 * and repeats until each member matches. Calls for one member are never concurrent and always in order.
 */
export class SyncWorker {
  readonly owner = randomUUID();
  private readonly client: MailerLiteClient;
  private readonly unlimited: MailerLiteClient;
  private readonly limiter: RateLimiter;
  private readonly imports: RateLimiter;
  private readonly keyHash: string;
  private readonly leaseMs: number;
  private readonly verifyDelayMs: number;
  private readonly backoff: { baseMs: number; maxMs: number };
  private readonly log: (message: string) => void;
  private stopping = false;

  constructor(options: SyncWorkerOptions) {
    const timeoutMs = options.timeoutMs ?? 10_000;
    // A slightly longer window than MailerLite's: requests arrive there a little later than they leave here,
    // and a 429 costs far more (Retry-After) than the 2 % given up.
    const windowMs = (options.windowMs ?? 60_000) * 1.02;
    this.limiter = new RateLimiter({ limit: options.requestsPerWindow ?? 120, windowMs });
    this.imports = new RateLimiter({ limit: options.importsPerWindow ?? 5, windowMs });
    const raw = createMailerLiteClient({
      baseUrl: options.baseUrl,
      apiKey: options.apiKey,
      timeoutMs,
      fetch: options.fetch,
    });
    this.client = rateLimitedClient(raw, this.limiter);
    this.unlimited = rateLimitedClient(raw, this.limiter, { acquired: true });
    this.keyHash = createHash("sha256").update(options.apiKey).digest("hex");
    this.leaseMs = options.leaseMs ?? Math.max(60_000, timeoutMs * 6);
    this.verifyDelayMs = timeoutMs * 2;
    this.backoff = { baseMs: options.retryBaseMs ?? 1000, maxMs: options.retryMaxMs ?? 15 * 60_000 };
    this.log = options.log ?? ((message) => console.warn(`[sync] ${message}`));
  }

  /** Asks a running pass to stop after the calls in flight. */
  stop(): void {
    this.stopping = true;
  }

  /** One pass; returns the number of members it worked on (0: nothing was due). */
  async runOnce(): Promise<number> {
    if (this.stopping || (await isSyncPaused(this.keyHash))) return 0;
    try {
      await syncGroups(this.client);
    } catch (error) {
      if (await this.handleGlobalError(error, "groups")) return 0;
    }
    const ids = await claimDueMembers(this.owner, BATCH_SIZE, this.leaseMs);
    const managed = await managedGroupIds();
    const active = new Map<string, SyncSubject>();
    for (const id of ids) {
      const subject = await loadSyncSubject(id);
      if (!subject) continue;
      if (!subject.desired) await releaseMember(id, this.owner, new Date(Date.now() + 2000));
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

  private async renew(active: Map<string, SyncSubject>): Promise<void> {
    // A stopping worker finishes its calls well within the lease; it does not hold members any longer.
    if (this.stopping) return;
    for (const id of await renewLeases(this.owner, [...active.keys()], this.leaseMs)) active.delete(id);
  }

  private async converge(
    claimed: number,
    active: Map<string, SyncSubject>,
    managed: Set<string>,
  ): Promise<number> {
    let progressed = false;
    while (active.size > 0 && !this.stopping) {
      await this.renew(active);
      const work: { id: string; op: Operation; subject: SyncSubject }[] = [];
      for (const [id, subject] of active) {
        const op = planNextOperation(subject.desired!, subject.remote);
        const verifyLater =
          op?.kind === "read" && subject.verifyAfter && subject.verifyAfter.getTime() > Date.now();
        if (!op) await finishMember(id, this.owner, subject.version);
        else if (verifyLater) await releaseMember(id, this.owner, subject.verifyAfter!);
        else work.push({ id, op, subject });
        if (!op || verifyLater) active.delete(id);
      }
      if (work.length === 0) break;
      const outcomes = await this.send(work.map((w) => w.op));
      for (const [index, { id, op, subject }] of work.entries()) {
        const outcome = outcomes[index];
        if (!active.has(id)) continue;
        if (!outcome) {
          active.delete(id);
          await releaseMember(id, this.owner, new Date());
          continue;
        }
        const applied = applyOutcome(op, subject.remote, outcome);
        if (applied.kind === "progress") {
          const groupIds = applied.remote.groupIds.filter((groupId) => managed.has(groupId));
          subject.remote = { ...applied.remote, groupIds };
          if (!applied.remote.verify) subject.verifyAfter = null;
          if (!(await saveRemote(id, this.owner, subject.remote, subject.verifyAfter))) active.delete(id);
          progressed = true;
          continue;
        }
        active.delete(id);
        if (applied.kind === "group-missing") {
          await forgetGroup(applied.groupId);
          await releaseMember(id, this.owner, new Date());
        } else if (applied.kind === "retry") {
          if (applied.uncertain) subject.verifyAfter = new Date(Date.now() + this.verifyDelayMs);
          await saveRemote(id, this.owner, applied.remote, subject.verifyAfter);
          const delay = retryDelay(applied.error, subject.attempts + 1, this.backoff);
          await releaseMember(id, this.owner, new Date(Date.now() + delay), applied.error.message);
          await recordSyncError(applied.error.message);
        } else if (applied.kind === "fail") {
          await failMember(id, this.owner, subject.version, applied.error.message);
          await recordSyncError(applied.error.message);
        } else {
          await releaseMember(id, this.owner, new Date());
          await this.pause();
        }
      }
      if (!(await this.stillAllowed())) break;
    }
    for (const id of active.keys()) await releaseMember(id, this.owner, new Date());
    if (progressed) await recordSyncSuccess();
    return claimed;
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
    if (error.code === "unauthorized" || error.code === "forbidden") {
      await this.pause();
      return true;
    }
    await recordSyncError(`${what}: ${error.message}`);
    return false;
  }

  /** The outcome of each operation, in order; undefined for one left unsent (its member is released). */
  private async send(ops: Operation[]): Promise<(Outcome | undefined)[]> {
    const upsertsOnly = ops.every((op) => op.kind === "upsert");
    const asBatch =
      ops.length > 1 && (!upsertsOnly || (ops.length >= MIN_IMPORT && this.imports.tryAcquire()));
    // Upserts sent one by one stop as soon as an import slot (a batch of 50) is free again.
    if (!asBatch) return this.sendEach(ops, upsertsOnly && ops.length >= MIN_IMPORT);
    try {
      const items = await batch(this.client, ops.map(operationRequest));
      return items.map((item) => {
        const read = readBatchItem(item);
        return read.ok ? { ok: true, status: read.code, body: read.value } : { ok: false, error: read.error };
      });
    } catch (error) {
      if (!(error instanceof MailerLiteError)) throw error;
      return ops.map(() => ({ ok: false, error }));
    }
  }

  private async sendEach(ops: Operation[], yieldToImports: boolean): Promise<(Outcome | undefined)[]> {
    const outcomes: (Outcome | undefined)[] = new Array(ops.length);
    let next = 0;
    const lane = async () => {
      while (next < ops.length && !this.stopping) {
        // The operation is reserved before waiting for a slot, so lanes never take the same one.
        const index = next++;
        if (yieldToImports && !(await this.slotBeforeNextImport())) return;
        outcomes[index] = await this.sendOne(ops[index]!, yieldToImports);
      }
    };
    await Promise.all(Array.from({ length: Math.min(SINGLE_CONCURRENCY, ops.length) }, lane));
    return outcomes;
  }

  /**
   * Takes a request slot, unless an import slot (a batch of 50 upserts) frees up first: then false, and the
   * upserts left wait for that batch.
   */
  private async slotBeforeNextImport(): Promise<boolean> {
    while (!this.stopping) {
      if (this.limiter.tryAcquire()) return true;
      const request = this.limiter.waitTime();
      const importSlot = this.imports.waitTime();
      if (importSlot <= request) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.max(5, Math.min(request, importSlot))));
    }
    return false;
  }

  private async sendOne(op: Operation, slotTaken = false): Promise<Outcome> {
    try {
      const response = await (slotTaken ? this.unlimited : this.client).send(operationRequest(op));
      return { ok: true, status: response.status, body: response.body };
    } catch (error) {
      if (error instanceof MailerLiteError) return { ok: false, error };
      throw error;
    }
  }
}
