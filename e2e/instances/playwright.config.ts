import { defineConfig } from "@playwright/test";
import baseConfig from "../../playwright.config";
import { instances } from "./instances-env";

/** The several-instances test (`npm run test:postgres`): its own servers, started by its global setup. */
export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  // Its own: Playwright empties its output folder as it starts, and the default (./test-results) is the
  // SQLite browser tests' folder, which may be in use beside it.
  outputDir: "test-results/playwright",
  workers: 1,
  retries: 0,
  timeout: 8 * 60_000,
  expect: { timeout: 15_000 },
  reporter: "list",
  globalSetup: "./global-setup.ts",
  use: { ...baseConfig.use, baseURL: instances.servers[0] },
});
