// @module-tag database
import { createHmac } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { POST } = await import("./route");
const { saveWebhookRegistration } = await import("@/lib/sync/webhook-registration");

const SECRET = "registered-secret-0123456789";
const URL = "http://localhost:3000/api/webhooks/mailerlite";
const sign = (body: string | Buffer) => createHmac("sha256", SECRET).update(body).digest("hex");
const post = (body: string | Buffer, signature?: string) =>
  POST(
    new Request(URL, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(signature ? { Signature: signature } : {}) },
      body: typeof body === "string" ? body : new Uint8Array(body),
    }),
  );
const event = (type: string, id: string) => ({
  type,
  subscriber: { id, email: `${id}@club.test`, status: "active" },
});

beforeEach(async () => {
  await db.webhookEvent.deleteMany();
  await db.webhookRegistration.deleteMany();
  await db.webhookRegistration.create({
    data: { id: "mailerlite", webhookId: "1", url: URL, secret: SECRET },
  });
});

describe("POST /api/webhooks/mailerlite", () => {
  it("refuses a missing or wrong signature with 401, storing nothing but the count", async () => {
    const body = JSON.stringify({ events: [event("subscriber.unsubscribed", "7")] });
    expect((await post(body)).status).toBe(401);
    expect((await post(body, sign(body + " "))).status).toBe(401);
    expect((await post(body, "x".repeat(64))).status).toBe(401);
    expect(await db.webhookEvent.count()).toBe(0);
    expect(await db.webhookRegistration.findUnique({ where: { id: "mailerlite" } })).toMatchObject({
      rejected: 3,
      deliveries: 0,
    });
  });

  it("stores each event of a batched delivery, and a single one, and answers 200", async () => {
    const batched = JSON.stringify({
      events: [event("subscriber.bounced", "8"), event("subscriber.deleted", "9")],
    });
    expect((await post(batched, sign(batched))).status).toBe(200);
    const single = JSON.stringify({
      id: "10",
      email: "ten@club.test",
      status: "unsubscribed",
      event: "subscriber.unsubscribed",
    });
    expect((await post(single, sign(single))).status).toBe(200);
    const rows = await db.webhookEvent.findMany({ orderBy: { type: "asc" } });
    expect(rows.map((r) => [r.type, r.state])).toEqual([
      ["subscriber.bounced", "pending"],
      ["subscriber.deleted", "pending"],
      ["subscriber.unsubscribed", "pending"],
    ]);
    expect(JSON.parse(rows[0]!.body)).toEqual(event("subscriber.bounced", "8"));
    expect((await db.webhookRegistration.findUniqueOrThrow({ where: { id: "mailerlite" } })).deliveries).toBe(
      2,
    );
  });

  it("keeps a signed body that is not JSON, or of an unknown shape, as one unreadable row (never applied)", async () => {
    for (const body of ["not json {", JSON.stringify({ hello: "world" }), Buffer.from([0xff, 0xfe])]) {
      expect((await post(body, sign(body))).status).toBe(200);
    }
    const rows = await db.webhookEvent.findMany();
    expect(rows.map((r) => [r.type, r.state])).toEqual([
      ["unknown", "unreadable"],
      ["unknown", "unreadable"],
      ["unknown", "unreadable"],
    ]);
  });

  it("keeps the registered secret encrypted in the database, and checks signatures with it", async () => {
    await db.webhookRegistration.deleteMany();
    await saveWebhookRegistration({ webhookId: "1", url: URL, secret: SECRET });
    const stored = (await db.webhookRegistration.findUniqueOrThrow({ where: { id: "mailerlite" } })).secret!;
    expect(stored).not.toContain(SECRET);
    expect(stored).toMatch(/^enc:v1:/);
    const body = JSON.stringify({ events: [event("subscriber.unsubscribed", "11")] });
    expect((await post(body, sign(body))).status).toBe(200);
    expect((await post(body, createHmac("sha256", stored).update(body).digest("hex"))).status).toBe(401);
    expect(await db.webhookEvent.count()).toBe(1);
  });

  it("reads a secret an older version kept in clear, and writes it back encrypted", async () => {
    // beforeEach stored it in clear, as earlier versions did.
    const body = JSON.stringify({ events: [event("subscriber.bounced", "12")] });
    expect((await post(body, sign(body))).status).toBe(200);
    const stored = (await db.webhookRegistration.findUniqueOrThrow({ where: { id: "mailerlite" } })).secret!;
    expect(stored).toMatch(/^enc:v1:/);
    expect(stored).not.toContain(SECRET);
    expect((await post(body, sign(body))).status).toBe(200);
  });

  it("refuses a body over 1 MiB with 413 before checking anything", async () => {
    const body = JSON.stringify({ events: [], padding: "x".repeat(1024 * 1024) });
    expect((await post(body, sign(body))).status).toBe(413);
    expect(await db.webhookEvent.count()).toBe(0);
  });
});
