import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "../../scripts/lib/migrate";

/** One migrated SQLite database for the unit tests that need a real one; removed afterwards. */
export default function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bookclub-unit-"));
  const url = `file:${path.join(dir, "unit.db")}`;
  const log = console.log;
  console.log = () => {};
  try {
    migrate(url);
  } finally {
    console.log = log;
  }
  process.env.DATABASE_URL = url;
  return () => rmSync(dir, { recursive: true, force: true });
}
