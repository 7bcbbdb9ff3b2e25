import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { parseEnv } from "../../lib/config/parse-env";
import { localMailerLite } from "./local-emulator";

const env = (source: Record<string, string>) => ({ ...parseEnv(source), MAILERLITE_EMULATOR_PORT: 0 });

const dir = mkdtempSync(path.join(os.tmpdir(), "local-emulator-"));
const stateFile = path.join(dir, "mailerlite-emulator.json");

describe("localMailerLite (npm start without a MailerLite key)", () => {
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("starts the emulator for a local trial run and points the app at it; a restart keeps its subscribers", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const call = (vars: Record<string, string>, method: string, path: string, body?: unknown) =>
      fetch(`${vars.MAILERLITE_API_URL}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${vars.MAILERLITE_API_KEY}`,
          Accept: "application/json",
          "Content-Type": "application/json",
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const vars = await localMailerLite(env({}), stateFile);
    expect(vars.MAILERLITE_API_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    expect((await call(vars, "GET", "/groups")).status).toBe(200);
    const created = await call(vars, "POST", "/subscribers", { email: "trial@club.test", status: "active" });
    expect(created.status).toBe(201);

    const again = await localMailerLite(env({}), stateFile);
    expect((await call(again, "GET", "/subscribers/trial%40club.test")).status).toBe(200);
  });

  it("leaves a configured key alone, and starts nothing for a public APP_URL", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    expect(await localMailerLite(env({ MAILERLITE_API_KEY: "real-key" }))).toEqual({});
    expect(await localMailerLite(env({ APP_URL: "https://club.example.org" }))).toEqual({});
    expect(log).toHaveBeenCalledWith(
      "MailerLite: MAILERLITE_API_KEY is not set, so member changes wait in the outbox.",
    );
  });
});
