import "server-only";
import { db } from "@/lib/db";

/** The address change waiting for its link, if any. */
export async function readPendingEmail(
  memberId: string,
): Promise<{ email: string; requestedAt: Date } | null> {
  const member = await db.user.findUnique({
    where: { id: memberId },
    select: { pendingEmail: true, pendingEmailAt: true },
  });
  return member?.pendingEmail && member.pendingEmailAt
    ? { email: member.pendingEmail, requestedAt: member.pendingEmailAt }
    : null;
}
