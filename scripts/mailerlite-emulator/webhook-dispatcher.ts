import { createHmac } from "node:crypto";
import type { EmulatorState } from "./emulator-state";
import { singleBody, type EventOptions, type EventSink, type WebhookEvent } from "./webhook-events";
import type { StoredWebhook } from "./webhook-store";

/** MailerLite tries a failed delivery three more times, after 10, 100 and 1000 seconds. */
const RETRY_SECONDS = [10, 100, 1000];
const ANSWER_WITHIN_MS = 3000;

export type DeliveryAttempt = { at: number; status: number | null; error?: string };

export type Delivery = {
  seq: number;
  webhookId: string;
  url: string;
  types: string[];
  body: string;
  signature: string;
  /** False: the event happened but this delivery was lost on purpose (never sent). */
  sent: boolean;
  delivered: boolean;
  attempts: DeliveryAttempt[];
};

export type DispatcherOptions = {
  timeScale: number;
  accountId: string;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** How long a batchable webhook gathers events before one delivery (scaled). */
  batchDelayMs?: number;
  log?: (line: string) => void;
};

export const signBody = (secret: string, body: string) =>
  createHmac("sha256", secret).update(body).digest("hex");

/** Delivers events to the account's webhooks as MailerLite does: signed, batched or not, retried on failure. */
export class WebhookDispatcher implements EventSink {
  readonly deliveries: Delivery[] = [];
  private readonly batches = new Map<string, WebhookEvent[]>();
  private seq = 0;
  private closed = false;

  constructor(
    private readonly state: EmulatorState,
    private readonly options: DispatcherOptions,
  ) {}

  emit(event: WebhookEvent, { deliver = true }: EventOptions = {}): void {
    for (const webhook of this.state.webhooks.values()) {
      if (!webhook.enabled || !webhook.events.includes(event.type)) continue;
      if (!deliver) this.record(webhook, { lost: event }, [event.type], false);
      else if (webhook.batchable) this.gather(webhook, event);
      else this.send(webhook, singleBody(event, this.options.accountId), [event.type]);
    }
  }

  /** Stops retries and pending batches (their sleeps are cancelled by the emulator). */
  close(): void {
    this.closed = true;
  }

  reset(): void {
    this.deliveries.length = 0;
    this.batches.clear();
  }

  private gather(webhook: StoredWebhook, event: WebhookEvent): void {
    const pending = this.batches.get(webhook.id);
    if (pending) {
      pending.push(event);
      return;
    }
    this.batches.set(webhook.id, [event]);
    void this.options.sleep((this.options.batchDelayMs ?? 1000) * this.options.timeScale).then(() => {
      const events = this.batches.get(webhook.id) ?? [];
      this.batches.delete(webhook.id);
      if (!this.closed && events.length > 0) {
        this.send(
          webhook,
          { events },
          events.map((e) => e.type),
        );
      }
    });
  }

  private record(webhook: StoredWebhook, payload: unknown, types: string[], sent: boolean): Delivery {
    const body = JSON.stringify(payload);
    const delivery: Delivery = {
      seq: ++this.seq,
      webhookId: webhook.id,
      url: webhook.url,
      types,
      body,
      signature: signBody(webhook.secret, body),
      sent,
      delivered: false,
      attempts: [],
    };
    this.deliveries.push(delivery);
    return delivery;
  }

  private send(webhook: StoredWebhook, payload: unknown, types: string[]): void {
    const delivery = this.record(webhook, payload, types, true);
    void this.attempt(delivery, 0);
  }

  private async attempt(delivery: Delivery, retry: number): Promise<void> {
    if (this.closed) return;
    const attempt: DeliveryAttempt = { at: this.options.now(), status: null };
    delivery.attempts.push(attempt);
    try {
      const response = await fetch(delivery.url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Signature: delivery.signature },
        body: delivery.body,
        signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
      });
      attempt.status = response.status;
      await response.arrayBuffer().catch(() => undefined);
      delivery.delivered = response.ok;
    } catch (error) {
      attempt.error = error instanceof Error ? error.message : String(error);
    }
    this.options.log?.(`webhook ${delivery.types.join(",")} → ${attempt.status ?? attempt.error}`);
    const wait = RETRY_SECONDS[retry];
    if (delivery.delivered || wait === undefined || this.closed) return;
    await this.options.sleep(wait * 1000 * this.options.timeScale);
    await this.attempt(delivery, retry + 1);
  }
}
