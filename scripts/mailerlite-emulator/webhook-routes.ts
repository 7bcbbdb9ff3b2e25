import { noContent, ok, routeNotFound, validationFailed, type ApiResult } from "./api-result";
import type { RouteContext } from "./route-context";
import { formatTimestamp } from "./timestamp";
import { BATCH_ONLY_EVENTS, WEBHOOK_EVENTS, type WebhookEventType } from "./webhook-events";
import { newWebhookSecret, type StoredWebhook } from "./webhook-store";

type WebhookInput = Partial<Pick<StoredWebhook, "name" | "url" | "events" | "enabled" | "batchable">>;

function readInput(body: unknown, creating: boolean): { input: WebhookInput; errors: [string, string][] } {
  const raw = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const errors: [string, string][] = [];
  const input: WebhookInput = {};
  if (raw.name !== undefined || creating) {
    if (typeof raw.name !== "string" || raw.name.trim() === "")
      errors.push(["name", "The name field is required."]);
    else input.name = raw.name;
  }
  if (raw.url !== undefined || creating) {
    let valid = false;
    try {
      valid = typeof raw.url === "string" && /^https?:$/.test(new URL(raw.url).protocol);
    } catch {
      valid = false;
    }
    if (!valid) errors.push(["url", "The url must be a valid URL."]);
    else input.url = raw.url as string;
  }
  if (raw.events !== undefined || creating) {
    if (!Array.isArray(raw.events) || raw.events.length === 0) {
      errors.push(["events", "The events field is required."]);
    } else {
      raw.events.forEach((event, index) => {
        if (!(WEBHOOK_EVENTS as readonly unknown[]).includes(event)) {
          errors.push([`events.${index}`, `The selected events.${index} is invalid.`]);
        }
      });
      input.events = raw.events as string[];
    }
  }
  for (const flag of ["enabled", "batchable"] as const) {
    if (raw[flag] === undefined) continue;
    if (typeof raw[flag] !== "boolean") errors.push([flag, `The ${flag} field must be true or false.`]);
    else input[flag] = raw[flag];
  }
  return { input, errors };
}

function batchRuleErrors(webhook: Pick<StoredWebhook, "events" | "batchable">): [string, string][] {
  if (webhook.batchable) return [];
  return webhook.events.flatMap((event, index): [string, string][] =>
    BATCH_ONLY_EVENTS.includes(event as WebhookEventType)
      ? [[`events.${index}`, `The ${event} event requires the webhook to be batchable.`]]
      : [],
  );
}

const present = (webhook: StoredWebhook) => ({ ...webhook });

export function listWebhooks(ctx: RouteContext): ApiResult {
  return ok({ data: [...ctx.state.webhooks.values()].map(present) });
}

export function getWebhook(ctx: RouteContext, id: string): ApiResult {
  const webhook = ctx.state.webhooks.get(id);
  return webhook ? ok({ data: present(webhook) }) : routeNotFound(`api/webhooks/${id}`);
}

export function createWebhook(ctx: RouteContext, body: unknown): ApiResult {
  const { input, errors } = readInput(body, true);
  if (errors.length > 0) return validationFailed(errors);
  const now = formatTimestamp(ctx.now());
  const webhook: StoredWebhook = {
    id: ctx.state.nextId(),
    name: input.name!,
    url: input.url!,
    events: input.events!,
    enabled: input.enabled ?? true,
    batchable: input.batchable ?? false,
    secret: newWebhookSecret(),
    created_at: now,
    updated_at: now,
  };
  const batchErrors = batchRuleErrors(webhook);
  if (batchErrors.length > 0) return validationFailed(batchErrors);
  ctx.state.webhooks.set(webhook.id, webhook);
  return ok({ data: present(webhook) }, 201);
}

export function updateWebhook(ctx: RouteContext, id: string, body: unknown): ApiResult {
  const webhook = ctx.state.webhooks.get(id);
  if (!webhook) return routeNotFound(`api/webhooks/${id}`);
  const { input, errors } = readInput(body, false);
  if (errors.length > 0) return validationFailed(errors);
  const next = { ...webhook, ...input, updated_at: formatTimestamp(ctx.now()) };
  const batchErrors = batchRuleErrors(next);
  if (batchErrors.length > 0) return validationFailed(batchErrors);
  ctx.state.webhooks.set(id, next);
  return ok({ data: present(next) });
}

export function deleteWebhook(ctx: RouteContext, id: string): ApiResult {
  if (!ctx.state.webhooks.delete(id)) return routeNotFound(`api/webhooks/${id}`);
  return noContent();
}
