import { loadEnvOrExit } from "./lib/load-env";

// The background work (MailerLite sync, mail delivery) as its own process, for deployments that run
// several app instances with WORKER_MODE=external. Any number of workers may run at once (leases).
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
loadEnvOrExit();

async function main() {
  const { startBackgroundWork } = await import("../lib/background/start");
  const { env } = await import("../lib/env");
  console.log(
    env.MAILERLITE_API_KEY
      ? `Worker started: syncing with ${env.MAILERLITE_API_URL}`
      : "Worker started: MAILERLITE_API_KEY is not set, so changes wait in the outbox",
  );
  const stop = startBackgroundWork();
  // The background loops' timers do not hold the process open (inside the app server they must not).
  const keepAlive = setInterval(() => {}, 60_000);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      console.log(`Worker stopping (${signal}) after the calls in flight`);
      clearInterval(keepAlive);
      void stop().then(() => process.exit(0));
    });
  }
}

void main();
