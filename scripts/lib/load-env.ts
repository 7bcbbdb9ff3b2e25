import { ConfigError, parseEnv, type Env } from "../../lib/config/parse-env";

/** Validates the configuration or stops the process with one line per bad variable. */
export function loadEnvOrExit(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
