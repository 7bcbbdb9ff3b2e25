/** The app the end-to-end tests run against: a production build on its own port and database. */
export const e2ePort = 3100;
export const e2eDatabaseFile = "data/e2e.db";

export const e2eEnv: Record<string, string> = {
  NODE_ENV: "production",
  PORT: String(e2ePort),
  APP_URL: `http://localhost:${e2ePort}`,
  DATABASE_URL: `file:./${e2eDatabaseFile}`,
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  NEXT_TELEMETRY_DISABLED: "1",
};
