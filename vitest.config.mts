import path from "node:path";
import { defineConfig } from "vitest/config";
import { testProjects } from "./test/support/test-projects.mts";

const root = import.meta.dirname;
const files = testProjects(root);

const shared = {
  resolve: {
    alias: {
      "@": root,
      // Server-only modules are tested in Node directly.
      "server-only": path.resolve(root, "test/support/empty-module.ts"),
    },
  },
};

const test = {
  environment: "node" as const,
  // A time limit catches a hang, not a slow machine: on two busy cores a database test runs ten times as long.
  testTimeout: 60_000,
  hookTimeout: 60_000,
};

/**
 * Two projects (test/support/test-projects.mts sorts the files): `unit`, the files without a database, run in
 * parallel; `database`, the files tagged `// @module-tag database`, each worker on its own copy of one migrated
 * database (SQLite, or PostgreSQL with TEST_POSTGRES_URL). `npm run test:postgres` runs only the second.
 */
export default defineConfig({
  ...shared,
  test: {
    tags: [{ name: "database", description: "reaches a real database (the worker's own copy)" }],
    expect: { poll: { timeout: 30_000 } },
    // Vitest would take one fewer than the cores: two, so the two projects run side by side.
    maxWorkers: 2,
    projects: [
      {
        ...shared,
        test: {
          ...test,
          name: "unit",
          include: files.unit,
          // The files share a worker's modules (imported once, not once a file): a third of the CPU.
          isolate: false,
          // Nothing here may reach a database: a test that does fails, naming this file.
          env: {
            NODE_ENV: "test",
            AUTH_SECRET: "unit-test-secret-unit-test-secret-unit",
            DATABASE_URL: "file:/nonexistent/a-unit-test-has-no-database-tag-it-as-database.db",
          },
        },
      },
      {
        ...shared,
        test: {
          ...test,
          name: "database",
          include: files.database,
          // As in `unit`; the setup file gives each file a fresh registry of the project's modules.
          isolate: false,
          env: { NODE_ENV: "test", AUTH_SECRET: "unit-test-secret-unit-test-secret-unit" },
          globalSetup: ["test/support/vitest-global-setup.ts"],
          setupFiles: ["test/support/worker-database.ts"],
        },
      },
    ],
  },
});
