import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const smtp = vi.hoisted(() => ({ url: "" }));
vi.mock("@/lib/env", async (original) => {
  const actual = await original<typeof import("@/lib/env")>();
  return {
    env: new Proxy(actual.env, {
      get: (target, key) => (key === "SMTP_URL" ? smtp.url : Reflect.get(target, key)),
    }),
  };
});

const { closeMailTransport, sendMail, SMTP_CONNECTIONS } = await import("./transport");

let connections = 0;
const received: string[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onConnect(_session, callback) {
    connections += 1;
    callback();
  },
  onAuth(auth, _session, callback) {
    callback(auth.username === "club" && auth.password === "p@ss" ? null : new Error("bad login"), {
      user: 1,
    });
  },
  onData(stream, session, callback) {
    stream.resume();
    stream.on("end", () => {
      received.push(...session.envelope.rcptTo.map((rcpt) => rcpt.address));
      callback();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  smtp.url = `smtp://club:p%40ss@127.0.0.1:${port}`;
});
afterAll(async () => {
  closeMailTransport();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("sendMail", () => {
  it("reuses a few pooled connections for a burst, logging in with the URL's credentials", async () => {
    const mail = { subject: "Hi", text: "Hello", html: "<p>Hello</p>" };
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => sendMail({ ...mail, to: `reader${i}@club.test` })),
    );
    expect(received).toHaveLength(40);
    expect(new Set(received).size).toBe(40);
    expect(connections).toBeGreaterThan(0);
    expect(connections).toBeLessThanOrEqual(SMTP_CONNECTIONS);
  });

  it("refuses a recipient that is not exactly one address, and sends nothing", async () => {
    const before = received.length;
    const mail = { subject: "Hi", text: "Hello", html: "<p>Hello</p>" };
    for (const to of ["a@x.net, b@y.net", "a@x.net\r\nBcc: b@y.net", "Reader <reader@club.test>"]) {
      await expect(sendMail({ ...mail, to })).rejects.toThrow("not exactly one e-mail address");
    }
    expect(received.length).toBe(before);
  });
});
