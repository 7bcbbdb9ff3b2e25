import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { defineConfig } from "prisma/config";
import { sqliteFile } from "./lib/sqlite-file";

/**
 * better-sqlite3 prepares one statement at a time, but the schema engine replays a whole migration file
 * through one executeRaw on the shadow database; argument-less SQL goes through executeScript instead.
 */
class MigrationAwareSQLite extends PrismaBetterSQLite3 {
  override async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const adapter = await super.connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length === 0) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      return executeRaw(query);
    };
    return adapter;
  }
}

const databaseUrl = process.env.DATABASE_URL || "file:./data/bookclub.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return new MigrationAwareSQLite({ url: sqliteFile(databaseUrl) }, { shadowDatabaseUrl: ":memory:" });
  },
});
