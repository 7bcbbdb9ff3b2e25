import "server-only";
import { db } from "@/lib/db";

/** Uploads never imported are deleted, with the file they hold, a day after they were uploaded. */
export async function purgeAbandonedImports(now = new Date()): Promise<void> {
  await db.memberImport.deleteMany({
    where: {
      state: { in: ["draft", "previewed"] },
      createdAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) },
    },
  });
}
