import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "../../scripts/lib/migrate";
import { scratchPostgres } from "../../test/support/scratch-postgres";

/**
 * A migrated throw-away database for a benchmark, set as DATABASE_URL (so import lib/db after this): SQLite
 * in a temporary folder, or with BENCH_POSTGRES_URL (a server's URL) a database on that PostgreSQL server.
 */
export async function benchDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.BENCH_POSTGRES_URL;
  const dir = server ? null : mkdtempSync(path.join(os.tmpdir(), `bookclub-${name}-`));
  const store = server
    ? await scratchPostgres(server, name.replace(/\W/g, "_"))
    : { url: `file:${path.join(dir!, "bench.db")}`, drop: async () => {} };
  process.env.DATABASE_URL = store.url;
  const log = console.log;
  console.log = () => {};
  try {
    migrate(store.url);
  } finally {
    console.log = log;
  }
  return {
    url: store.url,
    drop: async () => {
      await store.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
