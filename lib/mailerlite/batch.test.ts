import { describe, expect, it } from "vitest";
import { batch, readBatchItem } from "./batch";
import { createMailerLiteClient } from "./client";
import { fakeFetch } from "./fake-fetch";
import { dataEnvelope, subscriberSchema } from "./schemas";

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

describe("readBatchItem", () => {
  const schema = dataEnvelope(subscriberSchema);

  it("returns the checked value of a 2xx item", () => {
    expect(readBatchItem({ code: 200, body: { data: subscriber } }, schema)).toEqual({
      ok: true,
      code: 200,
      value: { data: subscriber },
    });
    expect(readBatchItem({ code: 204, body: null })).toEqual({ ok: true, code: 204, value: null });
  });

  it("maps a failed item like a single request would be", () => {
    const validation = readBatchItem(
      { code: 422, body: { message: "The groups.0 must be a number.", errors: { "groups.0": ["bad"] } } },
      schema,
    );
    expect(validation).toMatchObject({
      ok: false,
      error: { code: "validation", status: 422, retryable: false, message: "The groups.0 must be a number." },
    });
    expect(!validation.ok && validation.error.fieldErrors).toEqual({ "groups.0": ["bad"] });

    expect(readBatchItem({ code: 404, body: { message: "No query results" } })).toMatchObject({
      ok: false,
      error: { code: "not_found", retryable: false },
    });
    expect(readBatchItem({ code: 500, body: { message: "Server Error" } })).toMatchObject({
      ok: false,
      error: { code: "server", retryable: true },
    });
  });

  it("reports a 2xx item of the wrong shape as a bad response", () => {
    expect(readBatchItem({ code: 201, body: { data: { id: 5 } } }, schema)).toMatchObject({
      ok: false,
      error: { code: "bad_response", retryable: false },
    });
  });
});
