import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import path from "node:path";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { e2eDatabaseFile } from "./e2e-env";

let client: PrismaClient | undefined;

/** Direct access to the app's e2e database, for fixtures and for asserting what was (not) stored. */
export function testDb(): PrismaClient {
  client ??= new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: path.resolve(e2eDatabaseFile), timeout: 5000 }),
  });
  return client;
}
