import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Server-only modules are tested in Node directly.
      "server-only": path.resolve(import.meta.dirname, "test/support/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/support/vitest-global-setup.ts"],
    env: { NODE_ENV: "test", AUTH_SECRET: "unit-test-secret-unit-test-secret-unit" },
    fileParallelism: false,
    // A time limit catches a hang, not a slow machine: on two busy cores a database test runs ten times as long.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
