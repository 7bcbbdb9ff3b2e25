import { z } from "zod";
import type { ApiResult } from "./api-result";
import type { EmulatorState } from "./emulator-state";
import { actOnSubscriber, changeGroupByHand, HAND_ACTIONS, type HandAction } from "./hand-actions";
import { partialFaultSettingsSchema, type FaultSettings } from "./faults";
import { parseJson } from "./http-io";
import type { RecordedRequest } from "./recorded-request";
import { snapshotState } from "./snapshot-state";
import type { WebhookDispatcher } from "./webhook-dispatcher";

export type ControlTarget = {
  state: EmulatorState;
  requests: RecordedRequest[];
  reset(): void;
  setFaults(faults: Partial<FaultSettings>): FaultSettings;
  faults(): FaultSettings;
  webhooks: WebhookDispatcher;
  now: () => number;
};

const handOptionsSchema = z.object({ deliver: z.boolean().default(true) });

/** /__emulator/subscribers/{id or e-mail}/{action} and /__emulator/subscribers/{id}/groups/{group id}. */
function handleHandRequest(
  target: ControlTarget,
  method: string,
  path: string,
  text: string,
): ApiResult | null {
  const action = /^\/__emulator\/subscribers\/([^/]+)\/([a-z]+)$/.exec(path);
  const group = /^\/__emulator\/subscribers\/([^/]+)\/groups\/([^/]+)$/.exec(path);
  if (!action && !group) return null;
  const json = parseJson(text);
  const options = handOptionsSchema.safeParse(json.ok ? (json.value ?? {}) : null);
  if (!options.success) return { status: 422, body: { message: describe(options.error) } };
  const ctx = { state: target.state, events: target.webhooks, now: target.now };
  if (group && (method === "POST" || method === "DELETE")) {
    return changeGroupByHand(ctx, group[1]!, group[2]!, method === "POST", options.data);
  }
  const name = action?.[2] as HandAction;
  if (action && method === "POST" && HAND_ACTIONS.includes(name)) {
    return actOnSubscriber(ctx, decodeURIComponent(action[1]!), name, options.data);
  }
  return null;
}

const describe = (error: unknown) => (error instanceof z.ZodError ? z.prettifyError(error) : String(error));

/** /__emulator/*: lets a test in another process read and drive the emulator. No auth, no limits. */
export function handleControlRequest(
  target: ControlTarget,
  method: string,
  path: string,
  text: string,
): ApiResult {
  const hand = handleHandRequest(target, method, path.replace(/\/+$/, ""), text);
  if (hand) return hand;
  const route = `${method} ${path.replace(/\/+$/, "")}`;
  switch (route) {
    case "GET /__emulator/deliveries":
      return { status: 200, body: { data: target.webhooks.deliveries } };
    case "DELETE /__emulator/deliveries":
      target.webhooks.reset();
      return { status: 204 };
    case "GET /__emulator/requests":
      return { status: 200, body: { data: target.requests } };
    case "DELETE /__emulator/requests":
      target.requests.length = 0;
      return { status: 204 };
    case "GET /__emulator/state":
      return { status: 200, body: snapshotState(target.state) };
    case "POST /__emulator/reset":
      target.reset();
      return { status: 204 };
    case "GET /__emulator/faults":
      return { status: 200, body: { data: target.faults() } };
    case "POST /__emulator/faults": {
      const json = parseJson(text);
      const parsed = partialFaultSettingsSchema.safeParse(json.ok ? (json.value ?? {}) : text);
      if (!parsed.success) return { status: 422, body: { message: describe(parsed.error) } };
      try {
        return { status: 200, body: { data: target.setFaults(parsed.data) } };
      } catch (error) {
        return { status: 422, body: { message: describe(error) } };
      }
    }
    default:
      return { status: 404, body: { message: `Unknown emulator control ${route}.` } };
  }
}
