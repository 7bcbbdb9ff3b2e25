import { bin } from "./run";
import type { Step } from "./lanes";

/**
 * The PostgreSQL half of the tests, against the server at TEST_POSTGRES_URL (default: the one on this machine),
 * each in throw-away databases: the derived schema and its migrations, the database project of the unit tests
 * with the convergence test's five seeds (CONVERGENCE_SEEDS runs others), then, on a production build, several
 * instances and the security, no-JavaScript and e-mail change end-to-end specs (each on ports of its own, so
 * they may run at once; both wait on the app more than they use the CPU).
 */
export function postgresSteps(extraEnv: Record<string, string> = {}): {
  beforeBuild: Step[];
  instances: Step;
  endToEnd: Step;
} {
  const env = {
    TEST_POSTGRES_URL: process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres",
    ...extraEnv,
  };
  const tsx = bin("tsx");
  return {
    beforeBuild: [
      { name: "PostgreSQL schema", command: tsx, args: ["scripts/postgres-schema.ts", "--check"], env },
      { name: "PostgreSQL migrations", command: tsx, args: ["scripts/check-postgres-schema.ts"], env },
      {
        name: "database unit tests on PostgreSQL, convergence seeds 1-5",
        command: bin("vitest"),
        args: ["run", "--project", "database"],
        env: { CONVERGENCE_SEEDS: process.env.CONVERGENCE_SEEDS || "1-5", ...env },
      },
    ],
    instances: {
      name: "several instances on PostgreSQL",
      command: bin("playwright"),
      args: ["test", "--config", "e2e/instances/playwright.config.ts"],
      env,
    },
    endToEnd: {
      name: "security, no-JavaScript and e-mail change end-to-end tests on PostgreSQL",
      command: tsx,
      args: ["e2e/postgres.ts"],
      env,
    },
  };
}
