/**
 * Benchmark (not a test): several instances on PostgreSQL on this machine.
 * 1. Sign-ups per second with one and with two app instances (npm start, WORKER_MODE=external) on one
 *    throw-away database, from the same load generator (CONNECTIONS at once, the form as a browser without
 *    JavaScript sends it), SECONDS each.
 * 2. The sync's throughput with one and with two workers, as a share of what MailerLite's limits allow
 *    (bench/sync.ts on PostgreSQL, MEMBERS members, time scaled by 0.1).
 *
 *   npm run bench:instances -- [seconds=15] [connections=8] [members=1000]
 */
import { spawnSync } from "node:child_process";
import { migrate } from "../scripts/lib/migrate";
import { scratchPostgres } from "../test/support/scratch-postgres";
import { hiddenFormFields, startApp } from "./lib/app-server";

const SECONDS = Number(process.argv[2] ?? 15);
const CONNECTIONS = Number(process.argv[3] ?? 8);
const MEMBERS = Number(process.argv[4] ?? 1000);
const server = process.env.BENCH_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const ports = [3301, 3302];

let sequence = 0;

/** Sign-ups per second over SECONDS, CONNECTIONS at once, spread over `targets` in turn. */
async function signUpsPerSecond(targets: number[]): Promise<number> {
  const fields = new Map(
    await Promise.all(
      targets.map(async (port) => [port, await hiddenFormFields(`http://localhost:${port}/signup`)] as const),
    ),
  );
  const until = performance.now() + SECONDS * 1000;
  let done = 0;
  const connection = async (lane: number) => {
    for (let i = lane; performance.now() < until; i += 1) {
      const port = targets[i % targets.length]!;
      const body = new FormData();
      for (const [name, value] of fields.get(port)!) body.append(name, value);
      sequence += 1;
      for (const [name, value] of [
        ["email", `load${sequence}@bench.test`],
        ["firstName", "Load"],
        ["lastName", "Test"],
        ["website", ""],
      ]) {
        body.append(name!, value!);
      }
      const origin = `http://localhost:${port}`;
      const client = `10.${(sequence >> 16) & 255}.${(sequence >> 8) & 255}.${sequence & 255}`;
      const response = await fetch(`${origin}/signup`, {
        method: "POST",
        body,
        redirect: "manual",
        headers: { Origin: origin, "X-Forwarded-For": client },
      });
      await response.arrayBuffer();
      if (response.status === 303) done += 1;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, lane) => connection(lane)));
  return done / SECONDS;
}

async function main() {
  const database = await scratchPostgres(server, "instances_bench");
  const apps: { stop: () => Promise<void> }[] = [];
  try {
    migrate(database.url);
    const env = {
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: "10",
      AUTH_SECRET: "instances-bench-secret-instances-bench",
      MAILERLITE_API_KEY: "unused",
      MAIL_LIMIT_PER_ADDRESS: "100000",
      MAIL_LIMIT_PER_IP: "100000000",
      WORKER_MODE: "external",
      // Each request comes "from" its own client (the generator says so as a proxy would), as real sign-ups
      // do: one client's requests wait for each other's mail-limit row.
      TRUSTED_PROXY_COUNT: "1",
    };
    apps.push(...(await Promise.all(ports.map((port) => startApp(port, env)))));
    await signUpsPerSecond(ports); // warm-up
    const one = await signUpsPerSecond([ports[0]!]);
    const two = await signUpsPerSecond(ports);
    console.log(
      `sign-ups on PostgreSQL, ${CONNECTIONS} connections, ${SECONDS} s each: 1 instance ${one.toFixed(1)}/s, ` +
        `2 instances ${two.toFixed(1)}/s (${((two / one) * 100).toFixed(0)} %)`,
    );
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
    await database.drop();
  }
  for (const workers of [1, 2]) {
    const result = spawnSync(
      "node_modules/.bin/tsx",
      ["--conditions=react-server", "bench/sync.ts", String(MEMBERS), "0.1"],
      {
        env: { ...process.env, BENCH_WORKERS: String(workers), BENCH_POSTGRES_URL: server },
        encoding: "utf8",
      },
    );
    console.log(result.stdout.trim() || result.stderr.trim());
  }
}

void main();
