import Database from "better-sqlite3";
import { isPostgresUrl } from "../../lib/config/parse-env";
import { sqliteFile } from "../../lib/sqlite-file";
import { ensureMemberSearchIndex } from "./member-search-index";
import { pendingSqliteMigrations } from "./pending-migrations";
import { bin, run } from "./run";

/** Write-ahead logging lets the web server and a standalone worker read and write the file at once. */
function finishSqlite(file: string, searchIndex: boolean): void {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  if (searchIndex && ensureMemberSearchIndex(sqlite)) console.log("Made the member search index.");
  sqlite.close();
}

function deploy(databaseUrl: string) {
  return run(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: databaseUrl }, true);
}

/**
 * Applies pending migrations to DATABASE_URL: SQLite (creating the file and its folder when missing) or
 * PostgreSQL (its own migrations folder, chosen by prisma.config.ts from the URL). `searchIndex: false` leaves
 * out SQLite's member search index (a scratch database that Prisma compares with the schema).
 */
export function migrate(databaseUrl: string, { searchIndex = true } = {}): void {
  const sqlite = isPostgresUrl(databaseUrl) ? null : sqliteFile(databaseUrl);
  if (sqlite && pendingSqliteMigrations(sqlite).length === 0) {
    finishSqlite(sqlite, searchIndex);
    console.log("Database is up to date: no pending migrations.");
    return;
  }
  let result = deploy(databaseUrl);
  // Instances started together queue on Prisma's migration lock, and a waiter gives up after 10 s.
  if (result.code !== 0 && /advisory lock/i.test(result.output)) result = deploy(databaseUrl);
  if (result.code !== 0) {
    console.error(result.output.trim());
    console.error("Database migration failed: see the messages above.");
    process.exit(1);
  }
  if (sqlite) finishSqlite(sqlite, searchIndex);
  const applied = [...result.output.matchAll(/└─ (\w+)\//g)].map((match) => match[1]);
  console.log(
    applied.length > 0
      ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
      : "Database is up to date: no pending migrations.",
  );
}
