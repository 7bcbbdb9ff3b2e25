import { spawnSync } from "node:child_process";
import path from "node:path";

export const bin = (name: string) => path.resolve("node_modules/.bin", name);

/** Environment for Prisma's CLI: no engine downloads are possible or needed (engine "js", client engine). */
export const prismaEnv = {
  PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false",
  PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  PRISMA_DISABLE_WARNINGS: "1",
  NO_COLOR: "1",
  FORCE_COLOR: "0",
  NEXT_TELEMETRY_DISABLED: "1",
};

/** Runs a command to completion, returning its exit code and combined output. */
export function run(command: string, args: string[], extraEnv: Record<string, string> = {}, quiet = false) {
  const result = spawnSync(command, args, {
    env: { ...process.env, ...prismaEnv, ...extraEnv },
    encoding: "utf8",
    stdio: quiet ? "pipe" : "inherit",
  });
  return {
    code: result.status ?? 1,
    stdout: result.stdout ?? "",
    output: `${result.stdout ?? ""}${result.stderr ?? ""}`,
  };
}
