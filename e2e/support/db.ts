import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import path from "node:path";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { e2eDatabaseFile } from "./e2e-env";

let client: PrismaClient | undefined;

/**
 * Direct access to the app's e2e database, for fixtures and for asserting what was (not) stored. The app's
 * server writes in many short transactions while its sync is busy; waiting up to 20 s for the write lock keeps
 * a fixture from failing on "database is locked" behind them.
 */
export function testDb(): PrismaClient {
  client ??= new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: path.resolve(e2eDatabaseFile), timeout: 20_000 }),
  });
  return client;
}
