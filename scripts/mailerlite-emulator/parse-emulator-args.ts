import { parseArgs } from "node:util";
import { z } from "zod";
import type { MailerLiteEmulatorOptions } from "./emulator-options";
import { DEFAULT_STATE_FILE } from "./default-state-file";
import { partialFaultSettingsSchema } from "./faults";

export const EMULATOR_USAGE = `Usage: npx tsx scripts/mailerlite-emulator/main.ts [options]

  --port <n>          MAILERLITE_EMULATOR_PORT          port (default 4010; 0 = any free port)
  --host <addr>       MAILERLITE_EMULATOR_HOST          address to bind (default 127.0.0.1)
  --api-key <key>     MAILERLITE_EMULATOR_API_KEY       the accepted bearer token (default test-key)
  --any-key           MAILERLITE_EMULATOR_ANY_KEY=1     accept any non-empty bearer token
  --rate-limit <n>    MAILERLITE_EMULATOR_RATE_LIMIT    requests per (scaled) minute (default 120)
  --import-limit <n>  MAILERLITE_EMULATOR_IMPORT_LIMIT  import batches per (scaled) minute (default 5)
  --time-scale <x>    MAILERLITE_EMULATOR_TIME_SCALE    length of a minute, 0.1 = 6 s (default 1)
  --seed <n>          MAILERLITE_EMULATOR_SEED          seed for ids and faults (default 1)
  --faults <json>     MAILERLITE_EMULATOR_FAULTS        fault settings, e.g. '{"serverErrorRate":0.05}'
  --state-file <path> MAILERLITE_EMULATOR_STATE_FILE    where the account is kept across restarts
                                                        (default ${DEFAULT_STATE_FILE}; delete it to
                                                        start from an empty account)
  --in-memory         MAILERLITE_EMULATOR_IN_MEMORY=1   keep nothing: an empty account at every start
  --quiet             MAILERLITE_EMULATOR_QUIET=1       no request log
  --help`;

const int = (min: number) => z.coerce.number().int().min(min);
const flag = z
  .union([z.boolean(), z.enum(["1", "true", "yes", "0", "false", "no", ""])])
  .transform((v) => v === true || v === "1" || v === "true" || v === "yes");
const faults = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "must be JSON" });
    return z.NEVER;
  }
});

const schema = z.object({
  port: int(0).max(65535).default(4010),
  host: z.string().min(1).default("127.0.0.1"),
  apiKey: z.string().min(1).default("test-key"),
  acceptAnyKey: flag.default(false),
  rateLimitPerMinute: int(1).default(120),
  importsPerMinute: int(1).default(5),
  timeScale: z.coerce.number().positive().default(1),
  seed: z.coerce.number().int().default(1),
  faults: faults.pipe(partialFaultSettingsSchema).optional(),
  stateFile: z.string().min(1).default(DEFAULT_STATE_FILE),
  inMemory: flag.default(false),
  quiet: flag.default(false),
  help: flag.default(false),
});

export type EmulatorCliOptions = MailerLiteEmulatorOptions & { quiet: boolean; help: boolean };

/** Command-line options win over MAILERLITE_EMULATOR_* variables; throws with one line per bad value. */
export function parseEmulatorArgs(
  argv: string[],
  env: Record<string, string | undefined>,
): EmulatorCliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "api-key": { type: "string" },
      "any-key": { type: "boolean" },
      "rate-limit": { type: "string" },
      "import-limit": { type: "string" },
      "time-scale": { type: "string" },
      seed: { type: "string" },
      faults: { type: "string" },
      "state-file": { type: "string" },
      "in-memory": { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  const e = (name: string) =>
    env[`MAILERLITE_EMULATOR_${name}`] === "" ? undefined : env[`MAILERLITE_EMULATOR_${name}`];
  const result = schema.safeParse({
    port: values.port ?? e("PORT"),
    host: values.host ?? e("HOST"),
    apiKey: values["api-key"] ?? e("API_KEY"),
    acceptAnyKey: values["any-key"] ?? e("ANY_KEY"),
    rateLimitPerMinute: values["rate-limit"] ?? e("RATE_LIMIT"),
    importsPerMinute: values["import-limit"] ?? e("IMPORT_LIMIT"),
    timeScale: values["time-scale"] ?? e("TIME_SCALE"),
    seed: values.seed ?? e("SEED"),
    faults: values.faults ?? e("FAULTS"),
    stateFile: values["state-file"] ?? e("STATE_FILE"),
    inMemory: values["in-memory"] ?? e("IN_MEMORY"),
    quiet: values.quiet ?? e("QUIET"),
    help: values.help ?? false,
  });
  if (!result.success) {
    throw new Error(
      result.error.issues.map((i) => `Invalid option ${i.path.join(".")}: ${i.message}`).join("\n"),
    );
  }
  const { inMemory, stateFile, ...options } = result.data;
  return inMemory ? options : { ...options, stateFile };
}
