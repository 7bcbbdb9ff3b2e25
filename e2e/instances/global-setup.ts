import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { startMailerLiteEmulator } from "../../scripts/mailerlite-emulator";
import { migrate } from "../../scripts/lib/migrate";
import { bin, run } from "../../scripts/lib/run";
import { scratchPostgres } from "../../test/support/scratch-postgres";
import { startSmtpCapture } from "../support/smtp-capture";
import { instances, type InstancesState } from "./instances-env";

/**
 * Several instances on one PostgreSQL database: two app servers (no background work) and two external
 * workers, a real SMTP server, and the MailerLite emulator (which counts the requests of all of them, with
 * faults) — as a club that outgrew one machine runs it.
 */
export default async function globalSetup() {
  // Built once here: two servers starting without a build would both build into one folder.
  if (!existsSync(".next/BUILD_ID") && run(bin("next"), ["build"]).code !== 0)
    throw new Error("next build failed");
  const adminUrl = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  const database = await scratchPostgres(adminUrl, "instances");
  migrate(database.url);
  const stopSmtp = await startSmtpCapture(instances.smtpPort, instances.mailboxDir);
  const emulator = await startMailerLiteEmulator({
    port: instances.emulatorPort,
    apiKey: instances.mailerliteKey,
    rateLimitPerMinute: instances.rateLimitPerMinute,
    faults: { seed: 3, serverErrorRate: 0.05, dropAfterApplyRate: 0.03, latencyMs: 20 },
  });
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: "4",
    APP_URL: instances.servers[0]!,
    AUTH_SECRET: instances.secret,
    SMTP_URL: `smtp://127.0.0.1:${instances.smtpPort}`,
    MAILERLITE_API_URL: `${instances.emulatorUrl}/api`,
    MAILERLITE_API_KEY: instances.mailerliteKey,
    MAILERLITE_RATE_LIMIT: String(instances.rateLimitPerMinute),
    MAIL_LIMIT_PER_IP: "100000",
    WORKER_MODE: "external",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const children: ChildProcess[] = [];
  const started = (child: ChildProcess) => (children.push(child), child);
  for (const server of instances.servers) {
    started(
      spawn("node", ["scripts/start.mjs"], {
        env: { ...env, PORT: new URL(server).port },
        stdio: "inherit",
      }),
    );
  }
  const workers = await Promise.all([1, 2].map(() => startWorker(env, started)));
  for (const server of instances.servers) await healthy(server);
  const state: InstancesState = { databaseUrl: database.url, workers };
  writeFileSync(instances.stateFile, JSON.stringify(state));

  return async () => {
    await Promise.all(children.map(stop));
    await emulator.close();
    await stopSmtp();
    await database.drop();
  };
}

/** A worker (`npm run worker`), once it says which owner its leases carry. */
function startWorker(env: NodeJS.ProcessEnv, started: (child: ChildProcess) => ChildProcess) {
  const child = started(
    spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    }),
  );
  return new Promise<{ pid: number; owner: string }>((resolve) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
      const owner = /this process syncs as (\S+)/.exec(output)?.[1];
      if (owner) resolve({ pid: child.pid!, owner });
    });
  });
}

async function healthy(url: string) {
  for (let i = 0; i < 240; i += 1) {
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not start`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
