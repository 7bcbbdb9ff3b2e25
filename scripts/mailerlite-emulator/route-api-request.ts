import { message, routeNotFound, type ApiResult } from "./api-result";
import { runBatch } from "./batch-route";
import { createGroup, deleteGroup, listGroups, renameGroup } from "./group-routes";
import type { ApiRequest, RouteContext } from "./route-context";
import { silentEvents } from "./webhook-events";
import { createWebhook, deleteWebhook, getWebhook, listWebhooks, updateWebhook } from "./webhook-routes";
import {
  addToGroup,
  deleteSubscriber,
  forgetSubscriber,
  getSubscriber,
  listSubscribers,
  removeFromGroup,
  updateSubscriber,
  upsertSubscriber,
} from "./subscriber-routes";

type Handler = (ctx: RouteContext, request: ApiRequest, params: string[]) => ApiResult;

const ROUTES: [pattern: RegExp, handlers: Record<string, Handler>][] = [
  [
    /^\/subscribers$/,
    { GET: (ctx, r) => listSubscribers(ctx, r.query), POST: (ctx, r) => upsertSubscriber(ctx, r.body) },
  ],
  [
    /^\/subscribers\/([^/]+)$/,
    {
      GET: (ctx, _r, [idOrEmail = ""]) => getSubscriber(ctx, idOrEmail),
      PUT: (ctx, r, [id = ""]) => updateSubscriber(ctx, id, r.body),
      DELETE: (ctx, _r, [id = ""]) => deleteSubscriber(ctx, id),
    },
  ],
  [/^\/subscribers\/([^/]+)\/forget$/, { POST: (ctx, _r, [id = ""]) => forgetSubscriber(ctx, id) }],
  [
    /^\/subscribers\/([^/]+)\/groups\/([^/]+)$/,
    {
      POST: (ctx, _r, [id = "", groupId = ""]) => addToGroup(ctx, id, groupId),
      DELETE: (ctx, _r, [id = "", groupId = ""]) => removeFromGroup(ctx, id, groupId),
    },
  ],
  [/^\/groups$/, { GET: (ctx, r) => listGroups(ctx, r.query), POST: (ctx, r) => createGroup(ctx, r.body) }],
  [
    /^\/groups\/([^/]+)$/,
    {
      PUT: (ctx, r, [id = ""]) => renameGroup(ctx, id, r.body),
      DELETE: (ctx, _r, [id = ""]) => deleteGroup(ctx, id),
    },
  ],
  // MailerLite fires no webhook for calls made through /batch.
  [/^\/batch$/, { POST: (ctx, r) => runBatch({ ...ctx, events: silentEvents }, r.body, routeApiRequest) }],
  [/^\/webhooks$/, { GET: (ctx) => listWebhooks(ctx), POST: (ctx, r) => createWebhook(ctx, r.body) }],
  [
    /^\/webhooks\/([^/]+)$/,
    {
      GET: (ctx, _r, [id = ""]) => getWebhook(ctx, id),
      PUT: (ctx, r, [id = ""]) => updateWebhook(ctx, id, r.body),
      DELETE: (ctx, _r, [id = ""]) => deleteWebhook(ctx, id),
    },
  ],
];

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Answers one API call (path below /api) against the state; no auth, limits or faults here. */
export function routeApiRequest(ctx: RouteContext, request: ApiRequest): ApiResult {
  const path = request.path.replace(/\/+$/, "") || "/";
  for (const [pattern, handlers] of ROUTES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const method = request.method.toUpperCase();
    const handler = handlers[method];
    if (!handler) {
      const allowed = Object.keys(handlers).join(", ");
      return message(
        405,
        `The ${method} method is not supported for route api${path}. Supported methods: ${allowed}.`,
      );
    }
    return handler(ctx, request, match.slice(1).map(decode));
  }
  return routeNotFound(`api${path}`);
}
