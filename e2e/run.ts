import { existsSync, rmSync } from "node:fs";
import { e2eDatabaseFile, limitServers } from "./support/e2e-env";
import { chromiumPath } from "../scripts/lib/chromium-path";
import { bin, run } from "../scripts/lib/run";

/**
 * End-to-end tests: a fresh production build (`--built`: the one just made) and database, Debian's Chromium
 * (`scripts/lib/chromium-path.ts`), never a browser download. Other arguments go to Playwright.
 */
if (!existsSync(chromiumPath)) {
  console.error(
    `Chromium was not found at ${chromiumPath}. Install Debian's package ` +
      "(apt-get install -y chromium-headless-shell, or chromium) or set CHROMIUM_PATH to a Chromium binary, " +
      "then run the tests again.",
  );
  process.exit(1);
}

for (const file of [e2eDatabaseFile, ...limitServers.map((server) => server.databaseFile)]) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

const args = process.argv.slice(2);
if (!args.includes("--built") && run("npm", ["run", "build"]).code !== 0) process.exit(1);
const result = run(bin("playwright"), ["test", ...args.filter((arg) => arg !== "--built")], {
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
  PLAYWRIGHT_BROWSERS_PATH: "0",
});
process.exit(result.code);
