import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./scripts/lib/chromium-path";
import {
  e2eEmulatorPort,
  e2eEmulatorUrl,
  e2eEnv,
  e2eMailerLiteKey,
  e2eOutputDir,
  e2ePort,
  limitServers,
} from "./e2e/support/e2e-env";

export default defineConfig({
  testDir: "./e2e",
  // Several instances on PostgreSQL have their own configuration (npm run test:postgres).
  testIgnore: "instances/**",
  outputDir: e2eOutputDir,
  // Two workers take the tests one by one (each makes and removes its own members); a test that reads or
  // changes what the whole club shares (counts, settings, a reconciliation pass, an import) is tagged
  // @club-wide and runs afterwards, alone.
  workers: 2,
  projects: [
    { name: "members", grepInvert: /@club-wide/, fullyParallel: true },
    { name: "club-wide", grep: /@club-wide/, workers: 1, dependencies: ["members"] },
  ],
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A time limit catches a hang, not a busy machine (two workers beside the unit tests on two cores).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // CI keeps only what it prints: no report folder, no traces (recording one costs every test CPU).
  reporter: "list",
  globalSetup: "./e2e/support/global-setup.ts",
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://localhost:${e2ePort}`,
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-background-timer-throttling",
        "--disable-renderer-backgrounding",
        "--disable-backgrounding-occluded-windows",
      ],
    },
  },
  // Started in this order: the MailerLite emulator is up before the app first calls it.
  webServer: [
    {
      command: `node_modules/.bin/tsx scripts/mailerlite-emulator/main.ts --port ${e2eEmulatorPort} --api-key ${e2eMailerLiteKey} --in-memory --quiet`,
      url: `${e2eEmulatorUrl}/__emulator/state`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: "node scripts/start.mjs",
      url: `http://localhost:${e2ePort}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: e2eEnv,
    },
    ...limitServers.map((server) => ({
      command: "node scripts/start.mjs",
      url: `${server.url}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stderr: "pipe" as const,
      env: server.env,
    })),
  ],
});
