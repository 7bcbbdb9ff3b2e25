import { bin } from "./lib/run";
import { runLane, runStep, type Step, type StepResult } from "./lib/lanes";
import { postgresSteps } from "./lib/postgres-steps";

/**
 * `npm test`: the checks and unit tests in one lane, the production build and the browser tests in another,
 * at once (the browser tests mostly wait on the app, the unit tests on the CPU). `npm test -- --postgres` (CI)
 * goes on in the first lane with the PostgreSQL half (`npm run test:postgres`), whose browser tests use ports
 * of their own.
 */
const withPostgres = process.argv.includes("--postgres");
const npmRun = (script: string, env?: Record<string, string>): Step => ({
  name: script,
  command: "npm",
  args: ["run", "--silent", script],
  env,
});

const checks: Step[] = [
  npmRun("typecheck"),
  npmRun("lint"),
  npmRun("check:imports"),
  npmRun("check:docs"),
  { name: "unit tests", command: bin("vitest"), args: ["run"] },
];
// Type-checked once, by the checks lane.
const build: Step = { ...npmRun("build", { BUILD_SKIP_TYPECHECK: "1" }), name: "production build" };
const e2e: Step = { name: "end-to-end tests", command: bin("tsx"), args: ["e2e/run.ts", "--built"] };

async function main(): Promise<number> {
  const started = Date.now();
  const built = runStep(build);
  const afterBuild = async (steps: Step[]) => ((await built).code === 0 ? runLane(steps) : []);

  // Two lanes: the browser tests wait on the app more than they use the CPU, the other lane keeps the
  // cores busy. Three lanes of CPU-bound work at once only slowed each other down.
  const browser = built.then(async (result) => [result, ...(await afterBuild([e2e]))]);
  const checked = runLane(checks);
  const lanes: Promise<StepResult[]>[] = [browser, checked];
  if (withPostgres) {
    // After the checks lane, on ports of its own: its browser tests run while the SQLite ones do.
    const { beforeBuild, needingBuild } = postgresSteps({ E2E_PORT_OFFSET: "50" });
    lanes.push(
      checked.then(async () => {
        const done = await runLane(beforeBuild);
        if (done.some((result) => result.code !== 0)) return done;
        return [...done, ...(await Promise.all(needingBuild.map((step) => afterBuild([step])))).flat()];
      }),
    );
  }

  const results = (await Promise.all(lanes)).flat();
  console.log(`\n== ${results.length} steps in ${Math.round((Date.now() - started) / 1000)} s`);
  for (const result of results)
    console.log(`${result.code === 0 ? "ok  " : "FAIL"} ${result.name} (${result.seconds} s)`);
  return results.some((result) => result.code !== 0) ? 1 : 0;
}

void main().then((code) => process.exit(code));
