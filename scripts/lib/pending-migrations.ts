import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * The SQLite migrations in `folder` that the database file has not finished applying (all of them for a new
 * file). Read with one query: starting an up-to-date server need not run Prisma's CLI (a second or two).
 */
export function pendingSqliteMigrations(file: string, folder = "prisma/migrations"): string[] {
  const names = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, "migration.sql")))
    .map((entry) => entry.name);
  if (!existsSync(file)) return names;
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = sqlite
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`)
      .get();
    if (!table) return names;
    const applied = new Set(
      (
        sqlite
          .prepare(
            `SELECT migration_name AS name FROM _prisma_migrations
             WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          )
          .all() as { name: string }[]
      ).map((row) => row.name),
    );
    return names.filter((name) => !applied.has(name));
  } finally {
    sqlite.close();
  }
}
