import {
  MAX_BATCH_SIZE,
  sendSubscriberBatch,
  sendSubscriberOperation,
  type MailerLiteClient,
  type SubscriberOperation,
  type SubscriberOutcome,
} from "@/lib/mailerlite";
import type { Clock } from "@/lib/clock";
import { rateLimitedClient } from "./rate-limited-client";
import type { GrantStore } from "./grant-store";
import { RateLimiter } from "./rate-limiter";

/** Fewer upserts than this go one by one: an import slot (5 a minute) is worth a full batch. */
const MIN_IMPORT = 10;
const SINGLE_CONCURRENCY = 8;

export type OperationSenderOptions = {
  /** Requests, and batches made only of subscriber upserts ("imports"), allowed per window. */
  requestsPerWindow: number;
  importsPerWindow: number;
  windowMs: number;
  /** Where requests and imports are counted (the database: shared by every process of the account). */
  grants: { requests: GrantStore; imports: GrantStore };
  clock: Clock;
};

/**
 * Sends a pass's operations within MailerLite's limits: as one batch when there are several (a batch of only
 * upserts is an import, limited on its own), else one by one, several at a time.
 */
export class OperationSender {
  readonly maxOperations = MAX_BATCH_SIZE;
  private readonly limiter: RateLimiter;
  private readonly imports: RateLimiter;
  private readonly client: MailerLiteClient;
  private readonly clock: Clock;
  /** For a request whose slot the caller has taken already. */
  private readonly clientWithSlotTaken: MailerLiteClient;

  constructor(
    raw: MailerLiteClient,
    options: OperationSenderOptions,
    private readonly stopping: () => boolean,
  ) {
    const { windowMs, grants, clock } = options;
    this.clock = clock;
    this.limiter = new RateLimiter({
      limit: options.requestsPerWindow,
      windowMs,
      grants: grants.requests,
      clock,
    });
    this.imports = new RateLimiter({
      limit: options.importsPerWindow,
      windowMs,
      grants: grants.imports,
      clock,
    });
    this.client = rateLimitedClient(raw, this.limiter);
    this.clientWithSlotTaken = rateLimitedClient(raw, this.limiter, { acquired: true });
  }

  /** The rate-limited client, for calls outside the pass's operations (groups). */
  get limitedClient(): MailerLiteClient {
    return this.client;
  }

  /** The outcome of each operation, in order; undefined for one left unsent (its member is released). */
  async send(ops: SubscriberOperation[]): Promise<(SubscriberOutcome | undefined)[]> {
    const upsertsOnly = ops.every((op) => op.kind === "upsert");
    const asBatch =
      ops.length > 1 && (!upsertsOnly || (ops.length >= MIN_IMPORT && (await this.imports.tryAcquire())));
    // Upserts sent one by one stop as soon as an import slot (a batch of 50) is free again.
    if (!asBatch) return this.sendEach(ops, upsertsOnly && ops.length >= MIN_IMPORT);
    return sendSubscriberBatch(this.client, ops);
  }

  private async sendEach(ops: SubscriberOperation[], yieldToImports: boolean) {
    const outcomes: (SubscriberOutcome | undefined)[] = new Array(ops.length);
    let next = 0;
    const lane = async () => {
      while (next < ops.length && !this.stopping()) {
        // The operation is reserved before waiting for a slot, so lanes never take the same one.
        const index = next++;
        if (yieldToImports && !(await this.slotBeforeNextImport())) return;
        outcomes[index] = await sendSubscriberOperation(
          yieldToImports ? this.clientWithSlotTaken : this.client,
          ops[index]!,
        );
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
    while (!this.stopping()) {
      if (await this.limiter.tryAcquire()) return true;
      const request = await this.limiter.waitTime();
      const importSlot = await this.imports.waitTime();
      if (importSlot <= request) return false;
      await this.clock.sleep(Math.max(5, Math.min(request, importSlot)));
    }
    return false;
  }
}
