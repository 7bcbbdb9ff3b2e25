import { z } from "zod";
import type { ApiResult } from "./api-result";
import type { EmulatorState } from "./emulator-state";
import { partialFaultSettingsSchema, type FaultSettings } from "./faults";
import { parseJson } from "./http-io";
import type { RecordedRequest } from "./recorded-request";
import { snapshotState } from "./snapshot-state";

export type ControlTarget = {
  state: EmulatorState;
  requests: RecordedRequest[];
  reset(): void;
  setFaults(faults: Partial<FaultSettings>): FaultSettings;
  faults(): FaultSettings;
};

const describe = (error: unknown) => (error instanceof z.ZodError ? z.prettifyError(error) : String(error));

/** /__emulator/*: lets a test in another process read and drive the emulator. No auth, no limits. */
export function handleControlRequest(
  target: ControlTarget,
  method: string,
  path: string,
  text: string,
): ApiResult {
  const route = `${method} ${path.replace(/\/+$/, "")}`;
  switch (route) {
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
