import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { SerializedSQLite } from "./config/serialized-sqlite";
import { sqliteFile } from "./config/sqlite-file";
import { env } from "./env";

function createClient() {
  const adapter = new SerializedSQLite({ url: sqliteFile(env.DATABASE_URL), timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };

/** The one Prisma client of the process (kept across hot reloads in development). */
export const db = globalForPrisma.prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
