import { afterEach, describe, expect, it } from "vitest";
import { createMailerLiteClient } from "@/lib/mailerlite";
import { getSubscriber } from "@/test/support/mailerlite-calls";
import { rawRequest } from "./raw-request";
import { startMailerLiteEmulator, type MailerLiteEmulator } from "./index";

let emulator: MailerLiteEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe("authentication", () => {
  it("answers 401 Unauthenticated without rate-limit headers for a missing or wrong token", async () => {
    emulator = await startMailerLiteEmulator();
    for (const apiKey of [null, "wrong", ""]) {
      const response = await rawRequest(emulator.url, "GET", "/groups", { apiKey });
      expect(response.status).toBe(401);
      expect(response.json).toEqual({ message: "Unauthenticated." });
      expect(response.headers.get("x-ratelimit-limit")).toBeNull();
      expect(response.headers.get("x-ratelimit-remaining")).toBeNull();
    }
    const client = createMailerLiteClient({ baseUrl: emulator.url, apiKey: "revoked" });
    await expect(getSubscriber(client, "1")).rejects.toMatchObject({
      code: "unauthorized",
      status: 401,
      retryable: false,
      message: "Unauthenticated.",
    });
  });

  it("accepts a configured key, or any non-empty key", async () => {
    emulator = await startMailerLiteEmulator({ apiKey: "club-key" });
    expect((await rawRequest(emulator.url, "GET", "/groups", { apiKey: "club-key" })).status).toBe(200);
    expect((await rawRequest(emulator.url, "GET", "/groups", { apiKey: "test-key" })).status).toBe(401);
    await emulator.close();

    emulator = await startMailerLiteEmulator({ acceptAnyKey: true });
    expect((await rawRequest(emulator.url, "GET", "/groups", { apiKey: "whatever" })).status).toBe(200);
    expect((await rawRequest(emulator.url, "GET", "/groups", { apiKey: null })).status).toBe(401);
  });
});

describe("routing", () => {
  it("answers 404 for unknown routes, 405 for a wrong method and 400 for bad JSON", async () => {
    emulator = await startMailerLiteEmulator();
    const unknown = await rawRequest(emulator.url, "GET", "/campaigns/1/unknown");
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ message: "The route api/campaigns/1/unknown could not be found." });

    const outsideApi = await rawRequest(emulator.url.replace(/\/api$/, ""), "GET", "/nope");
    expect(outsideApi.status).toBe(404);
    expect(outsideApi.json).toHaveProperty("message");

    const wrongMethod = await rawRequest(emulator.url, "PATCH", "/subscribers");
    expect(wrongMethod.status).toBe(405);

    const badJson = await rawRequest(emulator.url, "POST", "/subscribers", { rawBody: "{email:" });
    expect(badJson.status).toBe(400);
    expect(badJson.json).toHaveProperty("message");
    expect(emulator.requests.at(-1)).toMatchObject({ status: 400, body: "{email:" });
  });

  it("records every API request", async () => {
    emulator = await startMailerLiteEmulator();
    await rawRequest(emulator.url, "POST", "/groups?x=1", { body: { name: "Romance" } });
    await rawRequest(emulator.url, "GET", "/groups", { apiKey: null });
    expect(emulator.requests).toEqual([
      expect.objectContaining({
        seq: 1,
        method: "POST",
        path: "/api/groups",
        query: { x: "1" },
        body: { name: "Romance" },
        status: 201,
        fault: null,
        delivered: true,
      }),
      expect.objectContaining({ seq: 2, method: "GET", status: 401 }),
    ]);
  });
});
