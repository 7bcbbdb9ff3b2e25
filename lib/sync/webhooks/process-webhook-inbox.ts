import "server-only";
import { randomUUID } from "node:crypto";
import { systemClock, type Clock } from "@/lib/clock";
import { applyWebhookEvent } from "./apply-webhook-event";
import { claimWebhookEvents, finishWebhookEvent } from "./webhook-inbox";

const owner = randomUUID();
const BATCH = 50;
const LEASE_MS = 60_000;

/**
 * Applies the stored webhook events, oldest first. An event that fails (the database, briefly) stays
 * pending and is tried again once its lease ends; applying one twice changes nothing more.
 */
export async function processWebhookInbox(clock: Clock = systemClock): Promise<number> {
  let applied = 0;
  for (;;) {
    const events = await claimWebhookEvents({ owner, now: clock.now(), ms: LEASE_MS }, BATCH);
    if (events.length === 0) return applied;
    for (const event of events) {
      try {
        const result = await applyWebhookEvent(event.body, event.receivedAt, clock.now());
        await finishWebhookEvent(event.id, { owner, now: clock.now() }, result);
        applied += 1;
      } catch (error) {
        console.error(
          `[webhooks] event ${event.id} not applied: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
}
