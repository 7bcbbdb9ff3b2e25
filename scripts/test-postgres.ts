import { bin, run } from "./lib/run";

/**
 * The PostgreSQL half of the tests (`npm run test:postgres`, run by CI after `npm test`), against the server
 * at TEST_POSTGRES_URL (default: the one on this machine), each run in throw-away databases: the derived
 * schema and its migrations, the unit tests, the convergence test with five seeds (CONVERGENCE_SEEDS runs
 * others), several instances, and the security and no-JavaScript end-to-end specs.
 */
const server = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const steps: [string, string[], Record<string, string>][] = [
  ["PostgreSQL schema", [bin("tsx"), "scripts/postgres-schema.ts", "--check"], {}],
  ["PostgreSQL migrations", [bin("tsx"), "scripts/check-postgres-schema.ts"], {}],
  ["unit tests on PostgreSQL", [bin("vitest"), "run"], {}],
  [
    "convergence on PostgreSQL, seeds 1-5",
    [bin("vitest"), "run", "test/sync/convergence.test.ts"],
    { CONVERGENCE_SEEDS: "1-5" },
  ],
  ["several instances", [bin("playwright"), "test", "--config", "e2e/instances/playwright.config.ts"], {}],
  ["security and no-JavaScript end-to-end tests on PostgreSQL", [bin("tsx"), "e2e/postgres.ts"], {}],
];
for (const [name, [command, ...args], extraEnv] of steps) {
  console.log(`\n== ${name}`);
  const { code } = run(command!, args, { TEST_POSTGRES_URL: server, ...extraEnv });
  if (code !== 0) {
    console.error(`${name}: failed`);
    process.exit(code);
  }
}
