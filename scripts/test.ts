import { bin } from "./lib/run";
import { runLane, runStep, type Step, type StepResult } from "./lib/lanes";
import { postgresSteps } from "./lib/postgres-steps";

/**
 * `npm test`: the checks and unit tests in one lane, the production build and the browser tests in another,
 * at once (the browser tests mostly wait on the app, the unit tests on the CPU). `npm test -- --postgres` (CI)
 * adds the PostgreSQL half (`npm run test:postgres`) as a third lane from the start, its browser tests on ports
 * of their own, and its several-instances test as a fourth once the build is there.
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

  // The browser tests wait on the app more than they use the CPU, the checks lane keeps the cores busy.
  const browser = built.then(async (result) => [result, ...(await afterBuild([e2e]))]);
  const checked = runLane(checks);
  const lanes: Promise<StepResult[]>[] = [browser, checked];
  if (withPostgres) {
    // From the start, on ports of its own: the PostgreSQL unit tests, then its browser tests. The
    // several-instances test mostly waits on MailerLite's rate-limit window, so it starts once the build is
    // there instead of closing the run.
    const { beforeBuild, instances, endToEnd } = postgresSteps({ E2E_PORT_OFFSET: "50" });
    lanes.push(
      runLane(beforeBuild).then(async (done) =>
        done.some((result) => result.code !== 0) ? done : [...done, ...(await afterBuild([endToEnd]))],
      ),
      afterBuild([instances]),
    );
  }

  const results = (await Promise.all(lanes)).flat();
  console.log(`\n== ${results.length} steps in ${Math.round((Date.now() - started) / 1000)} s`);
  for (const result of results)
    console.log(`${result.code === 0 ? "ok  " : "FAIL"} ${result.name} (${result.seconds} s)`);
  return results.some((result) => result.code !== 0) ? 1 : 0;
}

void main().then((code) => process.exit(code));
