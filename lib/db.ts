import "server-only";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env } from "./env";
import { SerializedSQLite } from "./serialized-sqlite";
import { sqliteFile } from "./sqlite-file";

function createClient() {
  const adapter = new SerializedSQLite({ url: sqliteFile(env.DATABASE_URL), timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };

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
