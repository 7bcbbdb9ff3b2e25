import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebhook, listWebhooks, MailerLiteError } from "@/lib/mailerlite";
import { upsertSubscriber } from "@/test/support/mailerlite-calls";
import { emulatorForTests } from "@/test/support/emulator-for-tests";

// A scaled clock: MailerLite's retries after 10, 100 and 1000 s come after 10, 100 and 1000 ms.
const ml = emulatorForTests({ timeScale: 0.001 });

type Received = { body: string; signature: string | undefined };
let server: Server;
let url = "";
const received: Received[] = [];
/** Each distinct body is answered 503 this many times before 200. */
let failEachBody = 0;
const seen = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ body, signature: req.headers.signature as string });
      const times = (seen.get(body) ?? 0) + 1;
      seen.set(body, times);
      res.statusCode = times <= failEachBody ? 503 : 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const control = (path: string, body: unknown = {}) =>
  fetch(`${ml.emulator.url.replace(/\/api$/, "")}/__emulator${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

async function hook(batchable: boolean) {
  received.length = 0;
  failEachBody = 0;
  const events = ["subscriber.unsubscribed", ...(batchable ? ["subscriber.deleted"] : [])];
  return createWebhook(ml.client, { name: "app", url, events, batchable });
}

describe("webhooks", () => {
  it("creates a webhook with a generated secret, lists it, and refuses subscriber.deleted unless batchable", async () => {
    const webhook = await hook(true);
    expect(webhook.secret).toMatch(/^[0-9a-f]{32}$/);
    expect((await listWebhooks(ml.client)).map((w) => w.id)).toEqual([webhook.id]);
    const refused = await createWebhook(ml.client, {
      name: "x",
      url,
      events: ["subscriber.deleted"],
      batchable: false,
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MailerLiteError);
    expect(refused).toMatchObject({ status: 422 });
  });

  it("delivers a single event as the subscriber itself, signed with hex HMAC-SHA256 of the raw body", async () => {
    const { secret } = await hook(false);
    const { id } = await upsertSubscriber(ml.client, { email: "una@club.test", status: "active" });
    expect((await control(`/subscribers/${id}/unsubscribe`)).status).toBe(200);
    await expect.poll(() => received.length).toBe(1);
    const [delivery] = received;
    expect(delivery!.signature).toBe(createHmac("sha256", secret!).update(delivery!.body).digest("hex"));
    expect(JSON.parse(delivery!.body)).toMatchObject({
      id,
      email: "una@club.test",
      status: "unsubscribed",
      event: "subscriber.unsubscribed",
    });
  });

  it("batches for a batchable webhook, retries a failed delivery on MailerLite's schedule, and loses one on request", async () => {
    await hook(true);
    failEachBody = 2;
    const a = await upsertSubscriber(ml.client, { email: "a@club.test", status: "active" });
    const b = await upsertSubscriber(ml.client, { email: "b@club.test", status: "active" });
    await control(`/subscribers/${a.id}/unsubscribe`);
    await control(`/subscribers/${b.id}/delete`);
    await control(`/subscribers/c@club.test/unsubscribe`).then((r) => expect(r.status).toBe(404));
    // Each delivery is the envelope of the events gathered meanwhile; each failed twice, then arrived.
    const types = () =>
      [...new Set(received.map((r) => r.body))].flatMap((body) =>
        (JSON.parse(body) as { events: { type: string }[] }).events.map((e) => e.type),
      );
    await expect.poll(types).toEqual(["subscriber.unsubscribed", "subscriber.deleted"]);
    for (const delivery of ml.emulator.webhooks.deliveries) {
      await expect.poll(() => delivery.attempts.map((attempt) => attempt.status)).toEqual([503, 503, 200]);
    }
    const count = received.length;

    await upsertSubscriber(ml.client, { email: "d@club.test", status: "active" });
    await control(`/subscribers/d@club.test/unsubscribe`, { deliver: false });
    expect(ml.emulator.webhooks.deliveries.at(-1)).toMatchObject({ sent: false, delivered: false });
    expect(received).toHaveLength(count);
  });

  it("tells a forgotten subscriber from a deleted one in subscriber.deleted: forget_at, as the forget answer has", async () => {
    await hook(true);
    const gone = await upsertSubscriber(ml.client, { email: "gone@club.test", status: "active" });
    await upsertSubscriber(ml.client, { email: "hand@club.test", status: "active" });
    await upsertSubscriber(ml.client, { email: "erased@club.test", status: "active" });
    await ml.client.send({ method: "DELETE", path: `/subscribers/${gone.id}` });
    await control("/subscribers/hand@club.test/forget");
    const deleted = () =>
      received.flatMap((r) =>
        (JSON.parse(r.body) as { events: { subscriber: Record<string, unknown> }[] }).events.map((e) => [
          e.subscriber.email,
          typeof e.subscriber.forget_at,
          typeof e.subscriber.deleted_at,
        ]),
      );
    await expect.poll(deleted).toEqual([
      ["gone@club.test", "undefined", "undefined"],
      ["hand@club.test", "string", "string"],
    ]);
    const erased = ml.emulator.state.findSubscriber("erased@club.test")!;
    await ml.client.send({ method: "POST", path: `/subscribers/${erased.id}/forget` });
    await expect.poll(deleted).toContainEqual(["erased@club.test", "string", "string"]);
  });

  it("refuses to make an unsubscribed, bounced or junk subscriber active again", async () => {
    for (const action of ["unsubscribe", "bounce", "spam"]) {
      const email = `${action}@club.test`;
      await upsertSubscriber(ml.client, { email, status: "active" });
      await control(`/subscribers/${email}/${action}`, { deliver: false });
      const error = await upsertSubscriber(ml.client, { email, status: "active" }).catch((e: unknown) => e);
      expect(error).toMatchObject({
        status: 422,
        message: "This subscriber is unsubscribed and cannot be imported",
      });
    }
  });
});
