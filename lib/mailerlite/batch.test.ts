import { describe, expect, it } from "vitest";
import { batch } from "./batch";
import { createMailerLiteClient } from "./client";
import { fakeFetch } from "@/test/support/fake-fetch";
import { sendSubscriberBatch } from "./send-subscriber-operations";
import type { SubscriberOperation } from "./subscriber-operation";

const subscriber = { id: "123456789012345678", email: "a@example.com", status: "active" };

describe("batch", () => {
  it("sends the requests with api/ paths and returns the per-item results in order", async () => {
    const { fetch, calls } = fakeFetch(() => ({
      body: {
        total: 2,
        successful: 1,
        failed: 1,
        responses: [
          { code: 201, body: { data: subscriber } },
          { code: 422, body: { message: "The email must be a valid email address." } },
        ],
      },
    }));
    const client = createMailerLiteClient({ baseUrl: "https://ml.test/api", apiKey: "k", fetch });
    const results = await batch(client, [
      { method: "POST", path: "/subscribers", body: { email: "a@example.com" } },
      { method: "POST", path: "api/subscribers", body: { email: "nope" } },
    ]);

    expect(calls[0]?.url.pathname).toBe("/api/batch");
    expect(calls[0]?.body).toEqual({
      requests: [
        { method: "POST", path: "api/subscribers", body: { email: "a@example.com" } },
        { method: "POST", path: "api/subscribers", body: { email: "nope" } },
      ],
    });
    expect(results.map((r) => r.code)).toEqual([201, 422]);
  });

  it("refuses more than 50 requests without calling MailerLite, and skips an empty batch", async () => {
    const { fetch, calls } = fakeFetch(() => ({ body: {} }));
    const client = createMailerLiteClient({ baseUrl: "https://ml.test/api", apiKey: "k", fetch });
    const requests = Array.from({ length: 51 }, () => ({ method: "GET" as const, path: "/groups" }));
    await expect(batch(client, requests)).rejects.toThrow(RangeError);
    await expect(batch(client, [])).resolves.toEqual([]);
    expect(calls).toHaveLength(0);
  });

  it("rejects an envelope whose result count does not match", async () => {
    const { fetch } = fakeFetch(() => ({ body: { total: 1, successful: 1, failed: 0, responses: [] } }));
    const client = createMailerLiteClient({ baseUrl: "https://ml.test/api", apiKey: "k", fetch });
    await expect(batch(client, [{ method: "GET", path: "/groups" }])).rejects.toMatchObject({
      code: "bad_response",
    });
  });
});

describe("sendSubscriberBatch", () => {
  const ops: SubscriberOperation[] = [
    { kind: "read", key: "a@example.com" },
    { kind: "upsert", email: "nope", name: "", lastName: "", groupIds: [] },
    { kind: "delete", subscriberId: "7" },
    { kind: "upsert", email: "b@example.com", name: "", lastName: "", groupIds: ["41", "42"] },
    { kind: "add-group", subscriberId: "7", groupId: "42" },
    { kind: "upsert", email: "c@example.com", name: "", lastName: "", groupIds: [] },
  ];
  const invalidEmail = { message: "The email must be a valid email address.", errors: { email: ["x"] } };
  const groupGone = { message: "The selected groups.1 is invalid.", errors: { "groups.1": ["x"] } };
  const subscriberGone = { message: "No query results for model [App\\Models\\Subscriber\\Subscriber]." };

  it("reads each item like a single request's answer, in order", async () => {
    const responses = [
      { code: 200, body: { data: subscriber } },
      { code: 422, body: invalidEmail },
      { code: 500, body: { message: "Server Error" } },
      { code: 422, body: groupGone },
      { code: 404, body: subscriberGone },
      { code: 201, body: { data: { id: 5 } } },
    ];
    const { fetch } = fakeFetch(() => ({ body: { total: 6, successful: 2, failed: 4, responses } }));
    const client = createMailerLiteClient({ baseUrl: "https://ml.test/api", apiKey: "k", fetch });
    const outcomes = await sendSubscriberBatch(client, ops);
    expect(outcomes).toMatchObject([
      { kind: "subscriber", subscriber: { id: subscriber.id } },
      { kind: "refused", error: { code: "validation", message: "The email must be a valid email address." } },
      { kind: "failed", maybeApplied: true, error: { code: "server" } },
      { kind: "group-not-found", groupId: "42" },
      { kind: "subscriber-not-found" },
      { kind: "failed", maybeApplied: true, error: { code: "bad_response" } },
    ]);
  });

  it("ends every operation in the batch's own failure", async () => {
    const { fetch } = fakeFetch(() => ({ status: 429, body: { message: "Too Many Attempts." } }));
    const client = createMailerLiteClient({ baseUrl: "https://ml.test/api", apiKey: "k", fetch });
    const outcomes = await sendSubscriberBatch(client, ops);
    expect(outcomes.map((o) => (o.kind === "failed" ? o.error.code : o.kind))).toEqual(
      ops.map(() => "rate_limited"),
    );
  });
});
