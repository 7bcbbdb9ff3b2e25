import { z } from "zod";
import { startMailerLiteEmulator } from "./index";
import { EMULATOR_USAGE, parseEmulatorArgs } from "./parse-emulator-args";

function describe(error: unknown): string {
  if (error instanceof z.ZodError) return z.prettifyError(error);
  return error instanceof Error ? error.message : String(error);
}

async function main() {
  let options;
  try {
    options = parseEmulatorArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${describe(error)}\n\n${EMULATOR_USAGE}`);
    process.exit(1);
  }
  if (options.help) {
    console.log(EMULATOR_USAGE);
    return;
  }

  const emulator = await startMailerLiteEmulator({
    ...options,
    log: options.quiet ? undefined : (line) => console.log(line),
  });
  const key = options.acceptAnyKey ? "any API key" : `API key "${options.apiKey}"`;
  const seconds = 60 * (options.timeScale ?? 1);
  console.log(
    `MailerLite emulator: ${emulator.url} (${key}, ${options.rateLimitPerMinute} requests per ${seconds} s); ` +
      `control endpoints under ${emulator.url.replace(/\/api$/, "")}/__emulator/; ` +
      (options.stateFile
        ? `the account is kept in ${options.stateFile}`
        : "the account is kept in memory only"),
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => void emulator.close().then(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  console.error(describe(error));
  process.exit(1);
});
