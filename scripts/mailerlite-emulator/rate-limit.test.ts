import { afterEach, describe, expect, it } from "vitest";
import { createMailerLiteClient, MailerLiteError } from "@/lib/mailerlite";
import { getSubscriber } from "@/test/support/mailerlite-calls";
import { rawRequest } from "./raw-request";
import { startMailerLiteEmulator, type MailerLiteEmulator } from "./index";

let emulator: MailerLiteEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe("rate limiting", () => {
  it("sends x-ratelimit headers on every authenticated answer, 404s included", async () => {
    emulator = await startMailerLiteEmulator();
    const found = await rawRequest(emulator.url, "GET", "/groups");
    const missing = await rawRequest(emulator.url, "GET", "/subscribers/nobody%40example.com");
    expect(found.headers.get("x-ratelimit-limit")).toBe("120");
    expect(found.headers.get("x-ratelimit-remaining")).toBe("119");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-ratelimit-remaining")).toBe("118");
  });

  it("answers 429 with a scaled Retry-After once the (scaled) minute is used up", async () => {
    let now = Date.parse("2026-01-01T00:00:00Z");
    emulator = await startMailerLiteEmulator({ rateLimitPerMinute: 3, timeScale: 0.1, now: () => now });
    const client = createMailerLiteClient({ baseUrl: emulator.url, apiKey: "test-key" });

    for (let i = 0; i < 3; i++) await getSubscriber(client, "a@example.com");
    expect(client.rateLimit()).toEqual({ limit: 3, remaining: 0 });

    now += 1000;
    const limited = await rawRequest(emulator.url, "GET", "/groups");
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ message: "Too Many Attempts." });
    expect(limited.headers.get("retry-after")).toBe("5");
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");

    now += 4500;
    const error = await getSubscriber(client, "a@example.com").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailerLiteError);
    expect(error).toMatchObject({ code: "rate_limited", retryable: true, retryAfterMs: 1000 });

    now += 500;
    expect((await rawRequest(emulator.url, "GET", "/groups")).status).toBe(200);
    expect(client.rateLimit()).toEqual({ limit: 3, remaining: 0 });
  });

  it("keeps Retry-After at least 1 second however small the scale", async () => {
    let now = 0;
    emulator = await startMailerLiteEmulator({ rateLimitPerMinute: 1, timeScale: 0.001, now: () => now });
    await rawRequest(emulator.url, "GET", "/groups");
    const limited = await rawRequest(emulator.url, "GET", "/groups");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    now += 60;
    expect((await rawRequest(emulator.url, "GET", "/groups")).status).toBe(200);
  });

  it("does not count unauthenticated requests", async () => {
    emulator = await startMailerLiteEmulator({ rateLimitPerMinute: 1 });
    await rawRequest(emulator.url, "GET", "/groups", { apiKey: "wrong" });
    expect((await rawRequest(emulator.url, "GET", "/groups")).status).toBe(200);
  });
});
