import type { Env } from "../../lib/config/parse-env";
import { DEFAULT_STATE_FILE } from "../mailerlite-emulator/default-state-file";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * A local trial run (no MAILERLITE_API_KEY and an APP_URL on this machine, as `npm start` runs it for a
 * newcomer) syncs with a MailerLite emulator started here, so the whole flow works without an account. A
 * deployment with a public APP_URL never loads the emulator. The emulated account is kept in `stateFile`
 * across restarts. Returns the variables to pass on to the app.
 */
export async function localMailerLite(
  env: Env,
  stateFile = DEFAULT_STATE_FILE,
): Promise<Record<string, string>> {
  if (env.MAILERLITE_API_KEY) return {};
  if (!LOCAL_HOSTS.has(new URL(env.APP_URL).hostname)) {
    console.log("MailerLite: MAILERLITE_API_KEY is not set, so member changes wait in the outbox.");
    return {};
  }
  try {
    const { startMailerLiteEmulator } = await import("../mailerlite-emulator/index");
    const emulator = await startMailerLiteEmulator({
      port: env.MAILERLITE_EMULATOR_PORT,
      acceptAnyKey: true,
      // A restart keeps what the trial run made: the app still knows these subscribers.
      stateFile,
    });
    console.log(
      `MailerLite: no MAILERLITE_API_KEY, so the app syncs with the local emulator at ${emulator.url} ` +
        `(what it holds: ${emulator.url.replace(/\/api$/, "")}/__emulator/state, kept in ${stateFile}).`,
    );
    return { MAILERLITE_API_URL: emulator.url, MAILERLITE_API_KEY: "local-emulator" };
  } catch (error) {
    console.warn(
      `MailerLite: the local emulator could not start on port ${env.MAILERLITE_EMULATOR_PORT} ` +
        `(${error instanceof Error ? error.message : String(error)}); member changes wait in the outbox.`,
    );
    return {};
  }
}
