import "server-only";
import { db } from "@/lib/db";

/** The latest imports, newest first. */
export async function listImports(take: number) {
  return db.memberImport.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, createdAt: true, fileName: true, state: true, rowCount: true, processed: true },
  });
}
