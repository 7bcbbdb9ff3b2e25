import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseEnv } from "./parse-env";

describe("parseEnv", () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  it("runs with no configuration at all", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      DATABASE_URL: "file:./data/bookclub.db",
      DATABASE_POOL_SIZE: 10,
      PORT: 3000,
      APP_URL: "http://localhost:3000",
      AUTH_SECRET: expect.any(String),
      EMAIL_FROM: "The Book Club <no-reply@localhost>",
      ADMIN_EMAILS: [],
      MAIL_LIMIT_PER_ADDRESS: 5,
      MAIL_LIMIT_PER_IP: 20,
      TRUSTED_PROXY_COUNT: 0,
      UNCONFIRMED_TTL_HOURS: 72,
      MAILERLITE_API_URL: "https://connect.mailerlite.com/api",
      MAILERLITE_RATE_LIMIT: 120,
      MAILERLITE_EMULATOR_PORT: 4010,
      MAILERLITE_RECONCILE_MINUTES: 60,
      BENCH_ROUTES: false,
      WORKER_MODE: "inline",
    });
  });

  it("reads the admin list case-insensitively", () => {
    expect(parseEnv({ ADMIN_EMAILS: " Chair@Club.Example ,sec@club.example," }).ADMIN_EMAILS).toEqual([
      "chair@club.example",
      "sec@club.example",
    ]);
  });

  it("takes a PostgreSQL URL as well as a SQLite file", () => {
    for (const url of [
      "postgresql://u:p@db.example:5432/club?sslmode=verify-full",
      "postgres://localhost/club",
    ]) {
      expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
  });

  it("derives APP_URL from PORT and strips a trailing slash from a given one", () => {
    expect(parseEnv({ PORT: "4000" }).APP_URL).toBe("http://localhost:4000");
    expect(parseEnv({ APP_URL: "https://club.example/" }).APP_URL).toBe("https://club.example");
  });

  it.each([
    [{ PORT: "abc" }, "Invalid configuration: PORT must be a whole number between 1 and 65535"],
    [{ PORT: "70000" }, "Invalid configuration: PORT must be a whole number between 1 and 65535"],
    [{ DATABASE_URL: "mysql://x" }, "Invalid configuration: DATABASE_URL must be a SQLite file: URL"],
    [
      { DATABASE_POOL_SIZE: "0" },
      "Invalid configuration: DATABASE_POOL_SIZE must be a positive whole number",
    ],
    [
      { NODE_ENV: "production", DATABASE_URL: "postgresql://db.example/club" },
      "Invalid configuration: AUTH_SECRET must be set when DATABASE_URL is PostgreSQL",
    ],
    [{ APP_URL: "localhost:3000" }, "Invalid configuration: APP_URL must be an http(s) URL"],
    [{ AUTH_SECRET: "short" }, "Invalid configuration: AUTH_SECRET must be at least 32 characters"],
    [{ SMTP_URL: "mail.example:25" }, "Invalid configuration: SMTP_URL must be an smtp:// or smtps:// URL"],
    [
      { ADMIN_EMAILS: "chair@club.example, nope" },
      'Invalid configuration: ADMIN_EMAILS must be a comma-separated list of e-mail addresses ("nope" is not one)',
    ],
    [{ WORKER_MODE: "both" }, 'Invalid configuration: WORKER_MODE must be "inline" or "external"'],
    [{ BENCH_ROUTES: "yes" }, 'Invalid configuration: BENCH_ROUTES must be "on" or "off"'],
    [
      { MAILERLITE_RECONCILE_MINUTES: "0" },
      "Invalid configuration: MAILERLITE_RECONCILE_MINUTES must be a positive whole number",
    ],
    [
      { MAILERLITE_WEBHOOK_SECRET: "short" },
      "Invalid configuration: MAILERLITE_WEBHOOK_SECRET must be at least 16 characters",
    ],
    [
      { MAILERLITE_RATE_LIMIT: "fast" },
      "Invalid configuration: MAILERLITE_RATE_LIMIT must be a positive whole number",
    ],
    [{ MAIL_LIMIT_PER_IP: "0" }, "Invalid configuration: MAIL_LIMIT_PER_IP must be a positive whole number"],
  ])("rejects %j with one line naming the variable", (source, message) => {
    expect(() => parseEnv(source)).toThrowError(message);
    try {
      parseEnv(source);
    } catch (error) {
      expect((error as Error).message.split("\n")).toHaveLength(1);
    }
  });

  it("generates a production secret once and keeps it under data/", () => {
    process.chdir(mkdtempSync(path.join(os.tmpdir(), "env-test-")));
    const first = parseEnv({ NODE_ENV: "production" }).AUTH_SECRET;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync("data/auth-secret", "utf8").trim()).toBe(first);
    expect(parseEnv({ NODE_ENV: "production" }).AUTH_SECRET).toBe(first);
  });
});
