// Compiles the production server's launcher (scripts/start.ts and what it imports from the repository) into
// one CommonJS file beside the Next build, so that `npm start` runs it on plain Node: no TypeScript loader,
// no wrapper process. Packages stay external (required from node_modules at run time).
import { build, stop } from "esbuild";
import { SERVER_BUNDLE } from "./lib/server-bundle.mjs";

export async function buildServer() {
  await build({
    entryPoints: ["scripts/start.ts"],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    tsconfig: "tsconfig.json",
    logLevel: "warning",
  });
  // esbuild keeps a service process for later builds: none will come.
  await stop();
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
