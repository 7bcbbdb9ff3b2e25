// `npm start`: the production server, in this one process. The compiled launcher (scripts/build-server.mjs,
// made by `npm run build`) is made here when missing; it migrates, builds the app once if there is no build,
// and serves.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { SERVER_BUNDLE } from "./lib/server-bundle.mjs";

// esbuild is loaded only to make a missing launcher: the server does without it.
if (!existsSync(SERVER_BUNDLE)) await (await import("./build-server.mjs")).buildServer();
createRequire(import.meta.url)(path.resolve(SERVER_BUNDLE));
