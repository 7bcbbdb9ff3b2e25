import { parseEnv, type Env } from "./config/parse-env";

/** The validated configuration: the one place the app reads process.env. */
export const env: Env = parseEnv(process.env);
