import { existsSync } from "node:fs";

const headlessShell = "/usr/bin/chromium-headless-shell";

/**
 * The browser the tests and benchmarks drive, never a download: `CHROMIUM_PATH`, else Debian's headless shell
 * (about half the CPU of the full browser's headless mode), else Debian's Chromium.
 */
export const chromiumPath: string =
  process.env.CHROMIUM_PATH ||
  [headlessShell, "/usr/bin/chromium"].find((path) => existsSync(path)) ||
  headlessShell;
