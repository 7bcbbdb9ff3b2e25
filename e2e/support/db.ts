import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import path from "node:path";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "../../lib/generated/prisma-pg/client";
import { e2eDatabaseFile, e2eDatabaseUrl } from "./e2e-env";

let client: PrismaClient | undefined;

/**
 * Direct access to the app's e2e database (SQLite, or PostgreSQL with E2E_DATABASE_URL), for fixtures and for
 * asserting what was (not) stored. The app's server writes in many short transactions while its sync is busy;
 * waiting up to 20 s for SQLite's write lock keeps a fixture from failing on "database is locked" behind them.
 */
export function testDb(): PrismaClient {
  client ??= e2eDatabaseUrl.startsWith("file:")
    ? new PrismaClient({
        adapter: new PrismaBetterSQLite3({ url: path.resolve(e2eDatabaseFile), timeout: 20_000 }),
      })
    : (new PostgresClient({
        adapter: new PrismaPg({ connectionString: e2eDatabaseUrl, max: 2 }),
      }) as unknown as PrismaClient);
  return client;
}
