import { existsSync } from "node:fs";
import { loadEnvOrExit } from "./lib/load-env";
import { localMailerLite } from "./lib/local-emulator";
import { migrate } from "./lib/migrate";
import { bin, prismaEnv, run } from "./lib/run";
import { serve } from "./lib/serve";

(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
const env = loadEnvOrExit();
migrate(env.DATABASE_URL);

if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build found: building once (npm run build rebuilds after changes).");
  if (run(bin("next"), ["build"]).code !== 0) process.exit(1);
}

async function main() {
  const mailerlite = await localMailerLite(env);
  // The app reads its configuration from the environment when it loads: what start-up settled goes there.
  Object.assign(process.env, prismaEnv, mailerlite, { AUTH_SECRET: env.AUTH_SECRET, APP_URL: env.APP_URL });
  await serve({ port: env.PORT, trustedProxies: env.TRUSTED_PROXY_COUNT });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
