import { describe, expect, it } from "vitest";
import { createGroup } from "@/lib/mailerlite";
import { batch } from "@/lib/mailerlite/batch";
import { rawRequest } from "./raw-request";
import { emulatorForTests } from "@/test/support/emulator-for-tests";

const ml = emulatorForTests();

const upsert = (email: string, groups?: unknown[]) => ({
  method: "POST" as const,
  path: "api/subscribers",
  body: { email, status: "active", ...(groups ? { groups } : {}) },
});

describe("POST /batch", () => {
  it("runs each item as if alone and answers 200 with per-item results in order", async () => {
    const group = await createGroup(ml.client, "Romance");
    const raw = await rawRequest(ml.emulator.url, "POST", "/batch", {
      body: {
        requests: [
          upsert("ada@example.com", [group.id]),
          upsert("bob@example.com", [{ id: group.id }]),
          { method: "GET", path: "api/subscribers/ada@example.com" },
          { method: "GET", path: "api/groups?filter[name]=rom" },
          { method: "DELETE", path: "api/subscribers/12345678901234567" },
        ],
      },
    });
    expect(raw.status).toBe(200);
    const body = raw.json as {
      total: number;
      successful: number;
      failed: number;
      responses: { code: number }[];
    };
    expect(body).toMatchObject({ total: 5, successful: 3, failed: 2 });
    expect(body.responses.map((r) => r.code)).toEqual([201, 422, 200, 200, 404]);
    expect(body.responses[1]).toEqual({
      code: 422,
      body: {
        message: "The groups.0 must be a number.",
        errors: { "groups.0": ["The groups.0 must be a number."] },
      },
    });
    expect(ml.emulator.state.subscribers.size).toBe(1);
  });

  it("works through the ml.client, item by item, and counts as one request against the limit", async () => {
    const results = await batch(ml.client, [
      { method: "POST", path: "/subscribers", body: { email: "Ada@Example.com", status: "active" } },
      { method: "POST", path: "/subscribers", body: { email: "broken", status: "active" } },
      { method: "POST", path: "/subscribers", body: { email: "ada@example.com", status: "active" } },
    ]);
    expect(results[0]).toMatchObject({ code: 201, body: { data: { email: "ada@example.com" } } });
    expect(results[1]).toMatchObject({
      code: 422,
      body: { message: "The email must be a valid email address." },
    });
    expect(results[2]).toMatchObject({ code: 200 });

    expect(ml.client.rateLimit()).toEqual({ limit: 120, remaining: 119 });
    expect(ml.emulator.requests).toHaveLength(1);
  });

  it("rejects a malformed envelope or more than 50 items with 422", async () => {
    const tooMany = Array.from({ length: 51 }, (_, i) => upsert(`m${i}@example.com`));
    const cases: [unknown, string][] = [
      [{}, "The requests field is required."],
      [{ requests: [] }, "The requests field is required."],
      [{ requests: "x" }, "The requests must be an array."],
      [{ requests: tooMany }, "The requests must not have more than 50 items."],
      [{ requests: [{ path: "api/groups" }] }, "The requests.0.method field is required."],
      [{ requests: [{ method: "PATCH", path: "api/groups" }] }, "The selected requests.0.method is invalid."],
    ];
    for (const [body, message] of cases) {
      const response = await rawRequest(ml.emulator.url, "POST", "/batch", { body });
      expect(response.status).toBe(422);
      expect((response.json as { message: string }).message).toBe(message);
    }
    expect(ml.emulator.state.subscribers.size).toBe(0);
  });

  it("limits imports (batches of only subscriber upserts) to 5 per minute", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await rawRequest(ml.emulator.url, "POST", "/batch", {
        body: { requests: [upsert(`m${i}@example.com`)] },
      });
      statuses.push(response.status);
      if (i === 5) {
        expect(response.json).toEqual({ message: "You're being rate limited on import creation." });
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      }
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(ml.emulator.state.subscribers.size).toBe(5);

    const mixed = await batch(ml.client, [upsert("x@example.com"), { method: "GET", path: "api/groups" }]);
    expect(mixed.map((r) => r.code)).toEqual([201, 200]);
    await expect(batch(ml.client, [upsert("y@example.com")])).rejects.toMatchObject({
      code: "rate_limited",
      retryable: true,
      retryAfterMs: expect.any(Number),
    });
  });
});
