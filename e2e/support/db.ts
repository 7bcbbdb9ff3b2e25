import { PrismaPg } from "@prisma/adapter-pg";
import path from "node:path";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "../../lib/generated/prisma-pg/client";
import { SerializedSQLite } from "../../lib/serialized-sqlite";
import { e2eDatabaseFile, e2eDatabaseUrl } from "./e2e-env";

let client: PrismaClient | undefined;

/**
 * Direct access to the app's e2e database (SQLite, or PostgreSQL with E2E_DATABASE_URL), for fixtures and for
 * asserting what was (not) stored. The app's server writes in many short transactions while its sync is busy:
 * on SQLite the fixtures' writes take the app's own driver, whose transactions take the write lock as they
 * begin and wait up to 20 s for it (a transaction that read first, then wrote, would fail at once with
 * "database is locked" when the app wrote meanwhile).
 */
export function testDb(): PrismaClient {
  client ??= e2eDatabaseUrl.startsWith("file:")
    ? new PrismaClient({
        adapter: new SerializedSQLite({ url: path.resolve(e2eDatabaseFile), timeout: 20_000 }),
      })
    : (new PostgresClient({
        adapter: new PrismaPg({ connectionString: e2eDatabaseUrl, max: 2 }),
      }) as unknown as PrismaClient);
  return client;
}
