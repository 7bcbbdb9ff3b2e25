import { defineConfig } from "prisma/config";
import { sqliteFile } from "./lib/sqlite-file";
import { MigrationPostgres, MigrationSQLite } from "./scripts/lib/migration-adapters";

// With a prisma.config.ts, Prisma does not load .env: DATABASE_URL comes from the environment.
const databaseUrl = process.env.DATABASE_URL || "file:./data/bookclub.db";
const postgres = /^postgres(ql)?:\/\//.test(databaseUrl);

/** Prisma's CLI on the JavaScript engines: the SQLite or the PostgreSQL schema and migrations, by the URL. */
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgres/migrations" : "prisma/migrations" },
  async adapter() {
    return postgres
      ? new MigrationPostgres(databaseUrl)
      : new MigrationSQLite({ url: sqliteFile(databaseUrl) }, { shadowDatabaseUrl: ":memory:" });
  },
});
