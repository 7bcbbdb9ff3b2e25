import { runLane } from "./lib/lanes";
import { postgresSteps } from "./lib/postgres-steps";

/**
 * `npm run test:postgres`: the PostgreSQL half of the tests alone (scripts/lib/postgres-steps.ts; its browser
 * tests build first when there is no production build); `npm test -- --postgres` runs it beside the SQLite lanes.
 */
async function main(): Promise<number> {
  const { beforeBuild, instances, endToEnd } = postgresSteps();
  const results = await runLane(beforeBuild);
  if (results.some((result) => result.code !== 0)) return 1;
  const rest = await runLane([instances, endToEnd]);
  return rest.some((result) => result.code !== 0) ? 1 : 0;
}

void main().then((code) => process.exit(code));
