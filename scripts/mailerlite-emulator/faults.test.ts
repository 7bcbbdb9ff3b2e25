import { afterEach, describe, expect, it, vi } from "vitest";
import { createGroup, createMailerLiteClient, MailerLiteError } from "@/lib/mailerlite";
import { manualTimeouts } from "@/test/support/manual-timeouts";
import { rawRequest } from "./raw-request";
import { startMailerLiteEmulator, type FaultSettings, type MailerLiteEmulator } from "./index";

let emulator: MailerLiteEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(faults: Partial<FaultSettings>, seed = 1) {
  emulator = await startMailerLiteEmulator({ faults, seed });
  const client = createMailerLiteClient({ baseUrl: emulator.url, apiKey: "test-key", timeoutMs: 2000 });
  return { emulator, client };
}

async function fates(target: MailerLiteEmulator, count: number) {
  for (let i = 0; i < count; i++) await rawRequest(target.url, "GET", "/groups");
  return target.requests.map((r) => `${r.fault ?? "-"}:${r.status}`);
}

async function caught(promise: Promise<unknown>): Promise<MailerLiteError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MailerLiteError);
  return error as MailerLiteError;
}

const mix = { serverErrorRate: 0.3, rateLimitRate: 0.2 };

describe("seeded faults", () => {
  it("repeat for the same seed, after a reset, and differ for another seed", async () => {
    const a = await startMailerLiteEmulator({ seed: 7, faults: mix });
    const b = await startMailerLiteEmulator({ seed: 7, faults: mix });
    const c = await startMailerLiteEmulator({ seed: 8, faults: mix });
    try {
      const first = await fates(a, 30);
      expect(await fates(b, 30)).toEqual(first);
      expect(await fates(c, 30)).not.toEqual(first);
      a.reset();
      expect(await fates(a, 30)).toEqual(first);

      const kinds = new Set(first.map((f) => f.split(":")[0]));
      expect(kinds).toEqual(new Set(["-", "server_error", "rate_limited"]));
      expect(first.filter((f) => f.startsWith("server_error")).every((f) => /:50[023]$/.test(f))).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });

  it("gives the same ids for the same seed", async () => {
    const ids = async () => {
      const { emulator: e, client } = await start({}, 42);
      const result = [(await createGroup(client, "A")).id, (await createGroup(client, "B")).id];
      await e.close();
      return result;
    };
    const first = await ids();
    expect(await ids()).toEqual(first);
    expect(first.every((id) => /^\d{16,18}$/.test(id))).toBe(true);
  });
});

describe("fault kinds", () => {
  it("5xx happens instead of the effect", async () => {
    const { emulator, client } = await start({ serverErrorRate: 1 });
    const error = await caught(createGroup(client, "Romance"));
    expect(error).toMatchObject({ code: "server", retryable: true });
    expect(emulator.state.groups.size).toBe(0);
    expect(emulator.requests[0]).toMatchObject({ fault: "server_error", delivered: true });
  });

  it("an injected 429 carries Retry-After and has no effect", async () => {
    const { emulator, client } = await start({ rateLimitRate: 1, retryAfterSeconds: 7 });
    const error = await caught(createGroup(client, "Romance"));
    expect(error).toMatchObject({ code: "rate_limited", retryAfterMs: 7000 });
    expect(client.rateLimit().remaining).toBe(0);
    expect(emulator.state.groups.size).toBe(0);
  });

  it("a drop closes the connection before any effect", async () => {
    const { emulator, client } = await start({ dropRate: 1 });
    const error = await caught(createGroup(client, "Romance"));
    expect(error).toMatchObject({ code: "network", retryable: true });
    expect(emulator.state.groups.size).toBe(0);
    expect(emulator.requests[0]).toMatchObject({ fault: "drop", status: null, delivered: false });
  });

  it("a drop after applying loses the answer but keeps the effect", async () => {
    const { emulator, client } = await start({ dropAfterApplyRate: 1 });
    const error = await caught(createGroup(client, "Romance"));
    expect(error).toMatchObject({ code: "network", retryable: true });
    expect([...emulator.state.groups.values()].map((g) => g.name)).toEqual(["Romance"]);
    expect(emulator.requests[0]).toMatchObject({ fault: "drop_after_apply", status: 201, delivered: false });
  });

  it("a hang outlasts the client's timeout, then the server finishes and ends the request", async () => {
    // Held until released, and the client gives up once the request hangs: no timer races the machine.
    const { emulator } = await start({ hangRate: 1, hangMs: 10 * 60_000 });
    const timeouts = manualTimeouts();
    const client = createMailerLiteClient({ baseUrl: emulator.url, apiKey: "test-key", ...timeouts });
    const answer = caught(createGroup(client, "Romance"));
    await vi.waitFor(() => expect(emulator.requests[0]).toMatchObject({ fault: "hang", status: null }), {
      timeout: 30_000,
    });
    timeouts.expireAll();
    expect(await answer).toMatchObject({ code: "timeout", retryable: true });
    expect(emulator.state.groups.size).toBe(0);

    emulator.releaseHangs();
    await vi.waitFor(() => expect(emulator.requests[0]?.status).toBe(201), { timeout: 30_000, interval: 20 });
    expect(emulator.state.groups.size).toBe(1);
  });

  it("adds latency to every request", async () => {
    const { client } = await start({ latencyMs: 60, latencyJitterMs: 20 });
    const started = Date.now();
    await createGroup(client, "Romance");
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it("limits faults to matching requests", async () => {
    const { emulator, client } = await start({ serverErrorRate: 1, match: "^POST /api/subscribers$" });
    await expect(createGroup(client, "Romance")).resolves.toMatchObject({ name: "Romance" });
    const upsert = await rawRequest(emulator.url, "POST", "/subscribers", {
      body: { email: "a@example.com" },
    });
    expect(upsert.status).toBeGreaterThanOrEqual(500);
  });

  it("can be changed at run time, and rejects shares above 1 in total", async () => {
    const { emulator, client } = await start({});
    await createGroup(client, "A");
    emulator.setFaults({ serverErrorRate: 1 });
    await caught(createGroup(client, "B"));
    expect(emulator.setFaults({})).toMatchObject({ serverErrorRate: 0, seed: 1 });
    await createGroup(client, "C");
    expect(() => emulator.setFaults({ serverErrorRate: 0.6, dropRate: 0.6 })).toThrow();
    expect(emulator.faults().serverErrorRate).toBe(0);
  });
});

describe("control endpoints", () => {
  it("drive faults, read requests and state, and reset over HTTP", async () => {
    const { emulator, client } = await start({});
    const control = emulator.url.replace(/\/api$/, "/__emulator");

    const set = await fetch(`${control}/faults`, { method: "POST", body: JSON.stringify({ dropRate: 1 }) });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ data: { dropRate: 1, serverErrorRate: 0 } });
    await caught(createGroup(client, "Lost"));

    const invalid = await fetch(`${control}/faults`, {
      method: "POST",
      body: JSON.stringify({ dropRate: 2 }),
    });
    expect(invalid.status).toBe(422);
    const unknownKey = await fetch(`${control}/faults`, {
      method: "POST",
      body: JSON.stringify({ typo: 1 }),
    });
    expect(unknownKey.status).toBe(422);

    await fetch(`${control}/faults`, { method: "POST", body: "{}" });
    const group = await createGroup(client, "Romance");
    await rawRequest(emulator.url, "POST", "/subscribers", {
      body: { email: "a@example.com", groups: [group.id] },
    });

    const requests = (await (await fetch(`${control}/requests`)).json()) as {
      data: { fault: string | null }[];
    };
    expect(requests.data.map((r) => r.fault)).toEqual(["drop", null, null]);

    const state = (await (await fetch(`${control}/state`)).json()) as {
      subscribers: { email: string; groups: string[] }[];
      groups: { name: string; active_count: number }[];
    };
    expect(state.subscribers).toEqual([
      expect.objectContaining({ email: "a@example.com", groups: [group.id] }),
    ]);
    expect(state.groups).toEqual([expect.objectContaining({ name: "Romance", active_count: 1 })]);

    expect((await fetch(`${control}/reset`, { method: "POST" })).status).toBe(204);
    expect(emulator.state.subscribers.size).toBe(0);
    expect(emulator.requests).toHaveLength(0);
    expect((await fetch(`${control}/nope`)).status).toBe(404);
  });
});
