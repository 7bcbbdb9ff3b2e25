import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { loadEnvOrExit } from "./lib/load-env";
import { localMailerLite } from "./lib/local-emulator";
import { migrate } from "./lib/migrate";
import { bin, prismaEnv, run } from "./lib/run";

(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
const env = loadEnvOrExit();
migrate(env.DATABASE_URL);

if (!existsSync(".next/BUILD_ID")) {
  console.log("No production build found: building once (npm run build rebuilds after changes).");
  if (run(bin("next"), ["build"]).code !== 0) process.exit(1);
}

async function main() {
  const mailerlite = await localMailerLite(env);
  const child = spawn(bin("next"), ["start", "--port", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, ...prismaEnv, ...mailerlite, AUTH_SECRET: env.AUTH_SECRET, APP_URL: env.APP_URL },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

void main();
