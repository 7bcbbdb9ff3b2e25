import { loadEnvOrExit } from "./lib/load-env";
import { migrate } from "./lib/migrate";

const env = loadEnvOrExit();
migrate(env.DATABASE_URL);
