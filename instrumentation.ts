export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Validates the configuration once, when the server starts, then starts the background work
    // (unless a separate `npm run worker` does it: WORKER_MODE=external).
    const { env } = await import("./lib/env");
    if (env.WORKER_MODE === "external") return;
    const { startBackgroundWork } = await import("./lib/background/start");
    const stop = startBackgroundWork();
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => void stop().finally(() => process.exit(0)));
    }
  }
}
