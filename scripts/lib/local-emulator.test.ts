import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnv } from "../../lib/config/parse-env";
import { localMailerLite } from "./local-emulator";

const env = (source: Record<string, string>) => ({ ...parseEnv(source), MAILERLITE_EMULATOR_PORT: 0 });

describe("localMailerLite (npm start without a MailerLite key)", () => {
  afterEach(() => vi.restoreAllMocks());

  it("starts the emulator for a local trial run and points the app at it", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const vars = await localMailerLite(env({}));
    expect(vars.MAILERLITE_API_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    const response = await fetch(`${vars.MAILERLITE_API_URL}/groups`, {
      headers: { Authorization: `Bearer ${vars.MAILERLITE_API_KEY}`, Accept: "application/json" },
    });
    expect(response.status).toBe(200);
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
