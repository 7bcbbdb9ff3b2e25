import "server-only";
import type { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-pg/client";
import { isPostgresUrl } from "./config/parse-env";
import { env } from "./env";
import { SerializedSQLite } from "./serialized-sqlite";
import { sqliteFile } from "./sqlite-file";

/**
 * PostgreSQL's driver (`pg`, ~13 MB of a process's memory) is loaded when the client first connects, so a
 * SQLite server never loads it.
 */
function postgresAdapter(connectionString: string, max: number) {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString, max }).connect();
    },
  } satisfies Pick<PrismaPg, "provider" | "adapterName" | "connect">;
}

/**
 * The provider is chosen from DATABASE_URL when the process starts: one build serves both. The app is
 * written against the SQLite client's types; the PostgreSQL client, generated from the same models, has the
 * same queries (a PostgreSQL-only option would not type-check, which keeps the code portable).
 */
function createClient(): PrismaClient {
  if (isPostgresUrl(env.DATABASE_URL)) {
    const adapter = postgresAdapter(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
    return new PostgresClient({ adapter }) as unknown as PrismaClient;
  }
  const adapter = new SerializedSQLite({ url: sqliteFile(env.DATABASE_URL), timeout: 5000 });
  return new PrismaClient({ adapter });
}

/** Whether the database is SQLite (else PostgreSQL), for the few places where they differ. */
export const isSqlite = !isPostgresUrl(env.DATABASE_URL);

/**
 * SQLite runs one writing transaction at a time (each begins IMMEDIATE): what PostgreSQL needs a lock row for,
 * the order of writers already gives.
 */
export const serialTransactions = isSqlite;

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * The one Prisma client of the process: kept on globalThis, because the server's bundles (and, in development,
 * each hot reload) load their own copy of this module, and one connection is what SerializedSQLite guards.
 */
export const db = (globalForPrisma.prisma ??= createClient());

/**
 * A step of a larger unit of work takes the caller's transaction as its first parameter (`db` itself where
 * there is none); a function without one runs on its own.
 */
export type Tx = Prisma.TransactionClient;
