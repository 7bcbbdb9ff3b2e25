/**
 * Added to every port the end-to-end tests listen on, so that two checkouts can run them at once
 * (E2E_PORT_OFFSET=20 npm run test:e2e).
 */
export const e2ePortOffset = Number(process.env.E2E_PORT_OFFSET || 0);

/** The app the end-to-end tests run against: a production build on its own port, database and SMTP server. */
export const e2ePort = 3100 + e2ePortOffset;
export const e2eSmtpPort = 2626 + e2ePortOffset;
export const e2eDatabaseFile = "data/e2e.db";
/** Playwright's output (cleared as a run starts): a folder per offset, so that two runs at once keep theirs. */
export const e2eOutputDir = e2ePortOffset ? `test-results-${e2ePortOffset}` : "test-results";
export const e2eMailboxDir = `${e2eOutputDir}/.mailbox`;
export const e2eAdminEmail = "admin@e2e.test";
/** An admin address that has no account until a test signs in with it for the first time. */
export const e2eNewAdminEmail = "new-admin@e2e.test";
/**
 * The app's database: a SQLite file by default; E2E_DATABASE_URL (a PostgreSQL database, made and dropped by
 * `npm run test:postgres`) runs the same specs on PostgreSQL.
 */
export const e2eDatabaseUrl = process.env.E2E_DATABASE_URL || `file:./${e2eDatabaseFile}`;
export const appUrl = `http://localhost:${e2ePort}`;
export const e2eEmulatorPort = 4110 + e2ePortOffset;
export const e2eEmulatorUrl = `http://127.0.0.1:${e2eEmulatorPort}`;
export const e2eMailerLiteKey = "e2e-mailerlite-key";

export const e2eEnv: Record<string, string> = {
  NODE_ENV: "production",
  PORT: String(e2ePort),
  APP_URL: appUrl,
  DATABASE_URL: e2eDatabaseUrl,
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
  EMAIL_FROM: "The Book Club <club@e2e.test>",
  ADMIN_EMAILS: `${e2eAdminEmail},${e2eNewAdminEmail}`,
  MAILERLITE_API_URL: `${e2eEmulatorUrl}/api`,
  MAILERLITE_API_KEY: e2eMailerLiteKey,
  // Every test comes from one address; the per-address limit is what the tests exercise.
  MAIL_LIMIT_PER_IP: "10000",
  NEXT_TELEMETRY_DISABLED: "1",
};

/**
 * Two more servers of the same build for the client-address limits, each with its own database and no
 * background work: one reached directly (TRUSTED_PROXY_COUNT=0), one behind one proxy (=1).
 */
export const limitServers = [
  { port: e2ePort + 1, trustedProxyCount: 0, mailLimitPerIp: 5 },
  { port: e2ePort + 2, trustedProxyCount: 1, mailLimitPerIp: 5 },
].map(({ port, trustedProxyCount, mailLimitPerIp }) => ({
  port,
  url: `http://localhost:${port}`,
  databaseFile: `data/e2e-limits-${port}.db`,
  mailLimitPerIp,
  env: {
    ...e2eEnv,
    PORT: String(port),
    APP_URL: `http://localhost:${port}`,
    DATABASE_URL: `file:./data/e2e-limits-${port}.db`,
    TRUSTED_PROXY_COUNT: String(trustedProxyCount),
    MAIL_LIMIT_PER_IP: String(mailLimitPerIp),
    WORKER_MODE: "external",
  },
}));
