import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "../../scripts/lib/migrate";
import { scratchPostgres } from "./scratch-postgres";

function quietly(work: () => void) {
  const log = console.log;
  console.log = () => {};
  try {
    work();
  } finally {
    console.log = log;
  }
}

/**
 * One migrated database for the unit tests that need a real one, removed afterwards: SQLite, or with
 * TEST_POSTGRES_URL (a PostgreSQL server's URL) a throw-away database on that server.
 */
export default async function setup() {
  const postgres = process.env.TEST_POSTGRES_URL;
  if (postgres) {
    const database = await scratchPostgres(postgres, "unit");
    quietly(() => migrate(database.url));
    process.env.DATABASE_URL = database.url;
    return () => database.drop();
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "bookclub-unit-"));
  const url = `file:${path.join(dir, "unit.db")}`;
  quietly(() => migrate(url));
  process.env.DATABASE_URL = url;
  return () => rmSync(dir, { recursive: true, force: true });
}
