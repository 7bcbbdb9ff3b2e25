import Database from "better-sqlite3";
import { sqliteFile } from "../../lib/sqlite-file";
import { bin, run } from "./run";

/** Applies pending migrations to DATABASE_URL (creating the SQLite file and its folder when missing). */
export function migrate(databaseUrl: string): void {
  const result = run(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: databaseUrl }, true);
  if (result.code !== 0) {
    console.error(result.output.trim());
    console.error("Database migration failed: see the messages above.");
    process.exit(1);
  }
  // Write-ahead logging lets the web server and a standalone worker read and write the file at once.
  const sqlite = new Database(sqliteFile(databaseUrl));
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  const applied = [...result.output.matchAll(/└─ (\w+)\//g)].map((match) => match[1]);
  console.log(
    applied.length > 0
      ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
      : "Database is up to date: no pending migrations.",
  );
}
