import type { EmulatorState } from "./emulator-state";
import type { FixedWindow } from "./fixed-window";
import type { EventSink } from "./webhook-events";

export type RouteContext = {
  state: EmulatorState;
  now: () => number;
  /** e.g. "http://127.0.0.1:4010/api", for pagination links */
  apiUrl: string;
  imports: FixedWindow;
  /** Where changes are reported for webhooks. */
  events: EventSink;
};

export type ApiRequest = {
  method: string;
  /** Below /api, e.g. "/subscribers/123". */
  path: string;
  query: URLSearchParams;
  body: unknown;
};
