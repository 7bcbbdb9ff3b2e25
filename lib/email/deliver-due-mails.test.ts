// @module-tag database
import { beforeEach, describe, expect, it, vi } from "vitest";
import { manualClock } from "@/test/support/manual-clock";

const mode = vi.hoisted(() => ({ nodeEnv: "production" }));
vi.mock("@/lib/env", async (original) => {
  const actual = await original<typeof import("@/lib/env")>();
  return {
    env: new Proxy(actual.env, {
      get: (target, key) => (key === "NODE_ENV" ? mode.nodeEnv : Reflect.get(target, key)),
    }),
  };
});

const { db } = await import("@/lib/db");
const { deliverDueMails } = await import("./deliver-due-mails");

const content = { subject: "Your link", text: "https://club.test/x?token=secret", html: "<p>secret</p>" };

describe("deliverDueMails", () => {
  beforeEach(async () => {
    await db.outboundMail.deleteMany();
    await db.outboundMail.create({ data: { to: "a@club.test", kind: "link" } });
    mode.nodeEnv = "production";
  });

  it("composes each mail as it sends it, and keeps nothing of it in production", async () => {
    const sent: unknown[] = [];
    const compose = vi.fn(async () => ({ content }));
    expect(await deliverDueMails(compose, async (mail) => void sent.push(mail))).toBe(1);
    expect(compose).toHaveBeenCalledWith(expect.objectContaining({ to: "a@club.test", kind: "link" }));
    expect(sent).toEqual([{ to: "a@club.test", ...content }]);
    const [row] = await db.outboundMail.findMany();
    expect(row).toMatchObject({ subject: null, text: null, html: null });
    expect(row!.sentAt).not.toBeNull();
  });

  it("keeps a copy outside production, for /dev/mailbox", async () => {
    mode.nodeEnv = "development";
    await deliverDueMails(
      async () => ({ content }),
      async () => {},
    );
    expect(await db.outboundMail.findFirst()).toMatchObject(content);
  });

  it("abandons what composing made when SMTP fails, and tries again later", async () => {
    const clock = manualClock();
    const abandon = vi.fn(async () => {});
    const failing = async () => {
      throw new Error("451 try later");
    };
    expect(await deliverDueMails(async () => ({ content, abandon }), failing, clock)).toBe(0);
    expect(abandon).toHaveBeenCalledOnce();
    const [row] = await db.outboundMail.findMany();
    expect(row).toMatchObject({ sentAt: null, attempts: 1, lastError: "451 try later", text: null });
    // The first retry comes after one to two seconds (jittered).
    const wait = row!.nextAttemptAt.getTime() - clock.now().getTime();
    expect(wait).toBeGreaterThanOrEqual(1000);
    expect(wait).toBeLessThan(2000);
    const sends: unknown[] = [];
    const transport = async (mail: unknown) => void sends.push(mail);
    expect(await deliverDueMails(async () => ({ content }), transport, clock)).toBe(0);
    await clock.advance(wait);
    expect(await deliverDueMails(async () => ({ content }), transport, clock)).toBe(1);
  });

  it("never composes or sends a queued mail whose recipient is not one address, and removes it", async () => {
    await db.outboundMail.deleteMany();
    await db.outboundMail.create({ data: { to: "a@x.net,b@y.net", kind: "link" } });
    await db.outboundMail.create({ data: { to: "a@x.net\r\nBcc: b@y.net", kind: "link" } });
    const compose = vi.fn(async () => ({ content }));
    const transport = vi.fn(async () => {});
    expect(await deliverDueMails(compose, transport)).toBe(0);
    expect(compose).not.toHaveBeenCalled();
    expect(transport).not.toHaveBeenCalled();
    expect(await db.outboundMail.count()).toBe(0);
  });
});
