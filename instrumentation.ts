export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Validates the configuration once, when the server starts.
    await import("./lib/env");
  }
}
