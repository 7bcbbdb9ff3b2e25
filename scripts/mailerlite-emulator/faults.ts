import { z } from "zod";
import { createPrng } from "./prng";

const share = z.number().min(0).max(1);
const ms = z.number().int().min(0);

const faultSettingsShape = z.strictObject({
  /** Seed of the fault sequence: the n-th authenticated API request always gets the same fate. */
  seed: z.number().int(),
  /** Share answered 500, 502 or 503 instead of the effect. */
  serverErrorRate: share,
  /** Share answered 429 with Retry-After instead of the effect. */
  rateLimitRate: share,
  retryAfterSeconds: z.number().int().min(0),
  /** Share held for hangMs before being handled normally (the client has usually given up by then). */
  hangRate: share,
  hangMs: ms,
  /** Share whose connection is destroyed before any effect. */
  dropRate: share,
  /** Share handled normally and then dropped: the effect happens, the client never sees the answer. */
  dropAfterApplyRate: share,
  /** Added to every request, plus a uniform [0, latencyJitterMs). */
  latencyMs: ms,
  latencyJitterMs: ms,
  /** Only requests whose "METHOD /api/path" matches this regular expression get faults (not latency). */
  match: z.string().nullable(),
});

export const faultSettingsSchema = faultSettingsShape.refine(
  (f) => f.serverErrorRate + f.rateLimitRate + f.hangRate + f.dropRate + f.dropAfterApplyRate <= 1,
  "The fault shares must add up to at most 1.",
);

/** What POST /__emulator/faults and --faults accept. */
export const partialFaultSettingsSchema = faultSettingsShape.partial();

export type FaultSettings = z.output<typeof faultSettingsSchema>;

export const NO_FAULTS: FaultSettings = {
  seed: 1,
  serverErrorRate: 0,
  rateLimitRate: 0,
  retryAfterSeconds: 1,
  hangRate: 0,
  hangMs: 15_000,
  dropRate: 0,
  dropAfterApplyRate: 0,
  latencyMs: 0,
  latencyJitterMs: 0,
  match: null,
};

export type FaultKind = "server_error" | "rate_limited" | "hang" | "drop" | "drop_after_apply";

export type FaultDecision = { kind: FaultKind | null; status: 500 | 502 | 503; latencyMs: number };

/** Builds settings from NO_FAULTS plus `partial`; throws a ZodError when they make no sense. */
export function faultSettings(partial: Partial<FaultSettings> = {}, seed = NO_FAULTS.seed): FaultSettings {
  return faultSettingsSchema.parse({ ...NO_FAULTS, seed, ...partial });
}

/** Decides each request's fate; draws the same three numbers per request whatever the outcome. */
export function createFaultPicker(settings: FaultSettings) {
  const random = createPrng(settings.seed);
  const pattern = settings.match === null ? null : new RegExp(settings.match);
  const bands: [FaultKind, number][] = [
    ["server_error", settings.serverErrorRate],
    ["rate_limited", settings.rateLimitRate],
    ["hang", settings.hangRate],
    ["drop", settings.dropRate],
    ["drop_after_apply", settings.dropAfterApplyRate],
  ];

  return (request: string): FaultDecision => {
    const [kindDraw, statusDraw, latencyDraw] = [random(), random(), random()];
    const latencyMs = settings.latencyMs + Math.floor(latencyDraw * settings.latencyJitterMs);
    const status = ([500, 502, 503] as const)[Math.floor(statusDraw * 3)] ?? 500;
    if (pattern && !pattern.test(request)) return { kind: null, status, latencyMs };
    let edge = 0;
    for (const [kind, rate] of bands) {
      edge += rate;
      if (kindDraw < edge) return { kind, status, latencyMs };
    }
    return { kind: null, status, latencyMs };
  };
}
