import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGroup, createMailerLiteClient, createWebhook, listWebhooks } from "@/lib/mailerlite";
import { getSubscriber, upsertSubscriber } from "@/test/support/mailerlite-calls";
import { startMailerLiteEmulator, type MailerLiteEmulator } from "./index";

let dir = "";
let file = "";
const running: MailerLiteEmulator[] = [];

async function start(stateFile?: string) {
  const emulator = await startMailerLiteEmulator({ stateFile });
  running.push(emulator);
  return { emulator, client: createMailerLiteClient({ baseUrl: emulator.url, apiKey: "test-key" }) };
}

/** A process that stops (its file stays), as `npm start` does when it is restarted. */
const restart = async (emulator: MailerLiteEmulator) => {
  await stop(emulator);
  return start(file);
};

async function stop(emulator: MailerLiteEmulator) {
  running.splice(running.indexOf(emulator), 1);
  await emulator.close();
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "emulator-state-"));
  file = path.join(dir, "data", "mailerlite-emulator.json");
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe("the emulator's state file", () => {
  it("keeps subscribers, groups, memberships and webhooks across a restart, and never deals an id twice", async () => {
    const first = await start(file);
    const group = await createGroup(first.client, "Romance");
    const ada = await upsertSubscriber(first.client, {
      email: "ada@club.test",
      fields: { name: "Ada" },
      groups: [group.id],
      status: "active",
    });
    const hook = await createWebhook(first.client, {
      name: "club",
      url: "http://127.0.0.1:9/hook",
      events: ["subscriber.deleted"],
      batchable: true,
    });

    const second = await restart(first.emulator);
    expect(await getSubscriber(second.client, "ada@club.test")).toMatchObject({
      id: ada.id,
      status: "active",
      fields: expect.objectContaining({ name: "Ada" }),
      groups: [expect.objectContaining({ id: group.id, name: "Romance", active_count: 1 })],
    });
    expect(await listWebhooks(second.client)).toEqual([
      expect.objectContaining({ id: hook.id, secret: hook.secret }),
    ]);
    const grace = await upsertSubscriber(second.client, { email: "grace@club.test", status: "active" });
    expect(BigInt(grace.id)).toBeGreaterThan(BigInt(hook.id));
    expect([ada.id, group.id, hook.id]).not.toContain(grace.id);
  });

  it("follows changes made inside MailerLite too, and a reset empties it", async () => {
    const first = await start(file);
    await upsertSubscriber(first.client, { email: "kept@club.test", status: "active" });
    await upsertSubscriber(first.client, { email: "gone@club.test", status: "active" });
    const control = (emulator: MailerLiteEmulator, path: string) =>
      fetch(`${emulator.url.replace(/\/api$/, "")}/__emulator${path}`, { method: "POST", body: "{}" });
    await control(first.emulator, "/subscribers/gone%40club.test/delete");
    const second = await restart(first.emulator);
    expect(await getSubscriber(second.client, "gone@club.test")).toBeNull();
    expect(await getSubscriber(second.client, "kept@club.test")).toMatchObject({ status: "active" });

    await control(second.emulator, "/reset");
    const third = await restart(second.emulator);
    expect(third.emulator.state.subscribers.size).toBe(0);
  });

  it("is not used unless asked for: without one, every start is an empty account", async () => {
    const first = await start();
    await upsertSubscriber(first.client, { email: "ada@club.test", status: "active" });
    await stop(first.emulator);
    expect((await start()).emulator.state.subscribers.size).toBe(0);
  });

  it("refuses to start from a file that is not its state, naming it", async () => {
    const first = await start(file);
    await upsertSubscriber(first.client, { email: "ada@club.test", status: "active" });
    await stop(first.emulator);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ version: 1 });
    writeFileSync(file, '{"version": 1, "subscribers": "many"}');
    await expect(start(file)).rejects.toThrow(new RegExp(`${file} is not the emulator's state`));
  });
});
