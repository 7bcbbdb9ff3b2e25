// `npm start`: the production server, in this one process. The compiled launcher (scripts/build-server.mjs,
// made by `npm run build`) is made here when missing; it migrates, builds the app once if there is no build,
// and serves.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { buildServer, SERVER_BUNDLE } from "./build-server.mjs";

if (!existsSync(SERVER_BUNDLE)) await buildServer();
createRequire(import.meta.url)(path.resolve(SERVER_BUNDLE));
