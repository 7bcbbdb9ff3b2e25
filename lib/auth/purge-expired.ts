import "server-only";
import { db } from "@/lib/db";

/** Sessions and links past their expiry are deleted (they can no longer be used anyway). */
export async function purgeExpiredSessionsAndLinks(now = new Date()): Promise<void> {
  await db.session.deleteMany({ where: { expires: { lt: now } } });
  await db.verificationToken.deleteMany({ where: { expires: { lt: now } } });
}
