import path from "node:path";
import { z } from "zod";
import { persistedSecret } from "./persisted-secret";

const DEV_AUTH_SECRET = "development-only-secret-not-for-production-use";

const port = z
  .string()
  .regex(/^\d+$/, "must be a whole number between 1 and 65535")
  .transform(Number)
  .refine((n) => n >= 1 && n <= 65535, "must be a whole number between 1 and 65535");

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\/./.test(url);

const databaseUrl = z
  .string()
  .refine((url) => (url.startsWith("file:") && url.length > 5) || isPostgresUrl(url), {
    message:
      "must be a SQLite file: URL such as file:./data/bookclub.db, or a PostgreSQL URL such as postgresql://user:password@host:5432/bookclub",
  });

const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://localhost:3000" })
  .transform((url) => url.replace(/\/+$/, ""));

const smtpUrl = z.url({
  protocol: /^smtps?$/,
  error: "must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example:587",
});

const emailList = z.string().transform((value, ctx) => {
  const emails = value
    .split(",")
    .map((email) => email.trim().toLowerCase())
    .filter(Boolean);
  for (const email of emails) {
    if (!z.email().safeParse(email).success) {
      ctx.addIssue({
        code: "custom",
        message: `must be a comma-separated list of e-mail addresses ("${email}" is not one)`,
      });
    }
  }
  return emails;
});

const wholeNumber = z.string().regex(/^\d+$/, "must be a whole number (0 or more)").transform(Number);

const positiveInt = z
  .string()
  .regex(/^\d+$/, "must be a positive whole number")
  .transform(Number)
  .refine((n) => n >= 1, "must be a positive whole number");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: databaseUrl.default("file:./data/bookclub.db"),
    DATABASE_POOL_SIZE: positiveInt
      .refine((n) => n <= 100, "must be a whole number from 1 to 100")
      .default(10),
    PORT: port.default(3000),
    APP_URL: httpUrl.optional(),
    AUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (try: openssl rand -base64 32)")
      .optional(),
    SMTP_URL: smtpUrl.optional(),
    EMAIL_FROM: z.string().min(3).default("The Book Club <no-reply@localhost>"),
    ADMIN_EMAILS: emailList.default([]),
    MAIL_LIMIT_PER_ADDRESS: positiveInt.default(5),
    MAIL_LIMIT_PER_IP: positiveInt.default(20),
    TRUSTED_PROXY_COUNT: wholeNumber.refine((n) => n <= 10, "must be a whole number from 0 to 10").default(0),
    UNCONFIRMED_TTL_HOURS: positiveInt.default(72),
    MAILERLITE_API_URL: httpUrl.default("https://connect.mailerlite.com/api"),
    MAILERLITE_API_KEY: z.string().trim().min(1).optional(),
    MAILERLITE_RATE_LIMIT: positiveInt.default(120),
    MAILERLITE_EMULATOR_PORT: port.default(4010),
    MAILERLITE_WEBHOOK_SECRET: z.string().trim().min(16, "must be at least 16 characters").optional(),
    MAILERLITE_RECONCILE_MINUTES: positiveInt
      .refine((n) => n <= 7 * 24 * 60, "must be a whole number of minutes from 1 to 10080")
      .default(60),
    BENCH_ROUTES: z
      .enum(["on", "off"], { error: 'must be "on" or "off"' })
      .default("off")
      .transform((value) => value === "on"),
    WORKER_MODE: z
      .enum(["inline", "external"], { error: 'must be "inline" or "external"' })
      .default("inline"),
  })
  .refine((raw) => raw.AUTH_SECRET || raw.NODE_ENV !== "production" || !isPostgresUrl(raw.DATABASE_URL), {
    path: ["AUTH_SECRET"],
    message:
      "must be set when DATABASE_URL is PostgreSQL: every instance and worker needs the same one (each would generate its own)",
  })
  .transform((raw) => ({
    ...raw,
    APP_URL: raw.APP_URL ?? `http://localhost:${raw.PORT}`,
    AUTH_SECRET:
      raw.AUTH_SECRET ??
      (raw.NODE_ENV === "production" ? persistedSecret(path.resolve("data/auth-secret")) : DEV_AUTH_SECRET),
  }));

/** The validated configuration, with every default applied. */
export type Env = z.output<typeof schema>;

export class ConfigError extends Error {
  readonly code = "CONFIG_INVALID";
}

function blankToUndefined(source: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
}

/** Validates the configuration; throws a ConfigError whose message has one line per bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(blankToUndefined(source));
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "configuration");
      return `Invalid configuration: ${name} ${issue.message}`;
    });
    throw new ConfigError(lines.join("\n"));
  }
  return result.data;
}
