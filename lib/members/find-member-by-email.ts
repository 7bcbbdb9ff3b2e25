import "server-only";
import { db } from "@/lib/db";

/** The member with this address, or null. */
export async function findMemberByEmail(
  email: string,
): Promise<{ id: string; email: string; emailVerified: Date | null; firstName: string } | null> {
  return db.user.findUnique({
    where: { email },
    select: { id: true, email: true, emailVerified: true, firstName: true },
  });
}
