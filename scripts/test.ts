import { bin } from "./lib/run";
import { runLane, runStep, type Step, type StepResult } from "./lib/lanes";
import { postgresSteps } from "./lib/postgres-steps";

/**
 * `npm test`: the checks and unit tests in one lane, the production build and the browser tests in another,
 * at once (the browser tests mostly wait on the app, the unit tests on the CPU). `npm test -- --postgres` (CI)
 * adds the PostgreSQL half (`npm run test:postgres`) as a third lane, its browser tests on ports of their own.
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

  const lanes: Promise<StepResult[]>[] = [
    runLane(checks),
    built.then(async (result) => [result, ...(await afterBuild([e2e]))]),
  ];
  if (withPostgres) {
    // Its own ports: its browser tests run while the SQLite ones do.
    const { beforeBuild, needingBuild } = postgresSteps({ E2E_PORT_OFFSET: "50" });
    lanes.push(
      runLane(beforeBuild).then(async (done) =>
        done.some((result) => result.code !== 0)
          ? done
          : [...done, ...(await Promise.all(needingBuild.map((step) => afterBuild([step])))).flat()],
      ),
    );
  }

  const results = (await Promise.all(lanes)).flat();
  console.log(`\n== ${results.length} steps in ${Math.round((Date.now() - started) / 1000)} s`);
  for (const result of results)
    console.log(`${result.code === 0 ? "ok  " : "FAIL"} ${result.name} (${result.seconds} s)`);
  return results.some((result) => result.code !== 0) ? 1 : 0;
}

void main().then((code) => process.exit(code));
