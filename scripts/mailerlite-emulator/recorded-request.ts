import type { FaultKind } from "./faults";

export type RecordedRequest = {
  seq: number;
  /** Arrival, in ms since the epoch (the emulator's clock). */
  time: number;
  method: string;
  /** Full path as sent, e.g. "/api/subscribers". */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON, the raw text when it was not JSON, or undefined when empty. */
  body: unknown;
  /** Status the emulator produced; null when the connection was dropped before any effect or still open. */
  status: number | null;
  fault: FaultKind | null;
  /** Whether the client received the answer (false for drops, and for hangs it gave up on). */
  delivered: boolean;
  durationMs: number | null;
};
