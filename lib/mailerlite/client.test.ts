import { describe, expect, it, vi } from "vitest";
import { createMailerLiteClient, type StartTimeout } from "./client";
import { MailerLiteError } from "./errors";
import { fakeFetch } from "@/test/support/fake-fetch";
import { getSubscriber } from "@/test/support/mailerlite-calls";
import { manualTimeouts } from "@/test/support/manual-timeouts";

const baseUrl = "https://ml.test/api/";

async function caught(promise: Promise<unknown>): Promise<MailerLiteError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MailerLiteError) return error;
    throw error;
  }
  throw new Error("expected a MailerLiteError");
}

describe("createMailerLiteClient", () => {
  it("sends the bearer token, JSON headers, the query and the body", async () => {
    const { fetch, calls } = fakeFetch(() => ({ status: 201, body: { ok: true } }));
    const client = createMailerLiteClient({ baseUrl, apiKey: "secret", fetch });

    const response = await client.send({
      method: "POST",
      path: "/groups",
      query: { "filter[name]": "Dark Romance", limit: 100, page: undefined },
      body: { name: "x" },
    });

    expect(response).toMatchObject({ status: 201, body: { ok: true } });
    const [call] = calls;
    expect(call?.url.pathname).toBe("/api/groups");
    expect(call?.url.searchParams.get("filter[name]")).toBe("Dark Romance");
    expect(call?.url.searchParams.get("limit")).toBe("100");
    expect(call?.url.searchParams.has("page")).toBe(false);
    expect(call?.method).toBe("POST");
    expect(call?.headers.get("authorization")).toBe("Bearer secret");
    expect(call?.headers.get("content-type")).toBe("application/json");
    expect(call?.headers.get("accept")).toBe("application/json");
    expect(call?.body).toEqual({ name: "x" });
  });

  it("accepts a 204 with an empty body", async () => {
    const { fetch } = fakeFetch(() => ({ status: 204 }));
    const client = createMailerLiteClient({ baseUrl, apiKey: "k", fetch });
    await expect(client.send({ method: "DELETE", path: "/subscribers/1" })).resolves.toMatchObject({
      status: 204,
      body: undefined,
    });
  });

  it("exposes the latest rate-limit headers and reports them on every response", async () => {
    let remaining = 120;
    const { fetch } = fakeFetch(() => {
      remaining--;
      return remaining > 117
        ? { body: {}, headers: { "x-ratelimit-limit": "120", "x-ratelimit-remaining": String(remaining) } }
        : { status: 401, body: { message: "Unauthenticated." } };
    });
    const onRateLimit = vi.fn();
    const client = createMailerLiteClient({ baseUrl, apiKey: "k", fetch, onRateLimit });
    expect(client.rateLimit()).toEqual({ limit: null, remaining: null });

    await client.send({ method: "GET", path: "/groups" });
    await client.send({ method: "GET", path: "/groups" });
    expect(client.rateLimit()).toEqual({ limit: 120, remaining: 118 });
    expect(onRateLimit.mock.calls).toEqual([
      [{ limit: 120, remaining: 119 }],
      [{ limit: 120, remaining: 118 }],
    ]);

    await caught(client.send({ method: "GET", path: "/groups" }));
    expect(client.rateLimit()).toEqual({ limit: 120, remaining: 118 });
    expect(onRateLimit).toHaveBeenCalledTimes(2);
  });

  it("reads the rate-limit headers of a 429 too and turns it into a retryable error", async () => {
    const { fetch } = fakeFetch(() => ({
      status: 429,
      body: { message: "Too Many Attempts." },
      headers: { "Retry-After": "20", "X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "0" },
    }));
    const client = createMailerLiteClient({ baseUrl, apiKey: "k", fetch });
    const error = await caught(client.send({ method: "GET", path: "/groups" }));
    expect(error).toMatchObject({ code: "rate_limited", status: 429, retryable: true, retryAfterMs: 20_000 });
    expect(client.rateLimit()).toEqual({ limit: 120, remaining: 0 });
  });

  it("gives up after timeoutMs with a retryable timeout error", async () => {
    const fetch: typeof globalThis.fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      });
    const started: number[] = [];
    const timeouts = manualTimeouts();
    const startTimeout: StartTimeout = (ms, expire) => (started.push(ms), timeouts.startTimeout(ms, expire));
    const client = createMailerLiteClient({ baseUrl, apiKey: "k", fetch, timeoutMs: 20, startTimeout });
    const answer = caught(client.send({ method: "GET", path: "/groups" }));
    expect(started).toEqual([20]);
    timeouts.expireAll();
    const error = await answer;
    expect(error).toMatchObject({ code: "timeout", retryable: true, status: undefined });
    expect(error.message).toContain("20 ms");
  });

  it("stops the timeout of a request that was answered", async () => {
    const timeouts = manualTimeouts();
    const { fetch } = fakeFetch(() => ({ status: 200, body: { data: [] } }));
    const client = createMailerLiteClient({ baseUrl, apiKey: "k", fetch, ...timeouts });
    await client.send({ method: "GET", path: "/groups" });
    expect(timeouts.pending).toBe(0);
  });

  it("turns a failed connection into a retryable network error", async () => {
    const fetch: typeof globalThis.fetch = () =>
      Promise.reject(new TypeError("fetch failed", { cause: new Error("other side closed") }));
    const client = createMailerLiteClient({ baseUrl, apiKey: "k", fetch });
    const error = await caught(client.send({ method: "GET", path: "/groups" }));
    expect(error).toMatchObject({ code: "network", retryable: true });
    expect(error.message).toContain("other side closed");
  });

  it("rejects a 2xx body that is not JSON as a bad response", async () => {
    const { fetch } = fakeFetch(() => ({ status: 200, raw: "<html>maintenance</html>" }));
    const client = createMailerLiteClient({ baseUrl, apiKey: "k", fetch });
    const error = await caught(client.send({ method: "GET", path: "/groups" }));
    expect(error).toMatchObject({ code: "bad_response", retryable: false });
  });

  it("rejects a 2xx body of the wrong shape as a bad response", async () => {
    const { fetch } = fakeFetch(() => ({ body: { data: { id: 123, email: "a@b.c", status: "active" } } }));
    const client = createMailerLiteClient({ baseUrl, apiKey: "k", fetch });
    const error = await caught(getSubscriber(client, "a@b.c"));
    expect(error).toMatchObject({ code: "bad_response", retryable: false });
    expect(error.message).toContain("data.id");
  });
});
