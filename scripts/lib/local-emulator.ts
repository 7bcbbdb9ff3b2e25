import type { Env } from "../../lib/config/parse-env";
import { startMailerLiteEmulator } from "../../test/mailerlite-emulator";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Outside production (no MAILERLITE_API_KEY and a local APP_URL) the app syncs with a MailerLite emulator
 * started here, so a newcomer sees the whole flow work without an account. Returns the variables to pass on.
 */
export async function localMailerLite(env: Env): Promise<Record<string, string>> {
  if (env.MAILERLITE_API_KEY) return {};
  if (!LOCAL_HOSTS.has(new URL(env.APP_URL).hostname)) {
    console.log("MailerLite: MAILERLITE_API_KEY is not set, so member changes wait in the outbox.");
    return {};
  }
  try {
    const emulator = await startMailerLiteEmulator({
      port: env.MAILERLITE_EMULATOR_PORT,
      acceptAnyKey: true,
    });
    console.log(
      `MailerLite: no MAILERLITE_API_KEY, so the app syncs with the local emulator at ${emulator.url} ` +
        `(what it holds: ${emulator.url.replace(/\/api$/, "")}/__emulator/state).`,
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
