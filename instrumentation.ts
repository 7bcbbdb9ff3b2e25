export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Validates the configuration once, when the server starts, then starts the background work.
    await import("./lib/env");
    const { startBackgroundWork } = await import("./lib/background/start");
    const stop = startBackgroundWork();
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => void stop().finally(() => process.exit(0)));
    }
  }
}
