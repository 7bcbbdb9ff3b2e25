import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deleteMember } from "./delete-member";

/**
 * Accounts whose address was never confirmed are deleted UNCONFIRMED_TTL_HOURS after their last sign-up
 * (a sign-up again replaces the choices and starts the time anew), each with an audit entry.
 */
export async function purgeUnconfirmedMembers(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - env.UNCONFIRMED_TTL_HOURS * 60 * 60 * 1000);
  const isStale = { emailVerified: null, updatedAt: { lt: cutoff } };
  const stale = await db.user.findMany({ where: isStale, select: { id: true } });
  let purged = 0;
  for (const { id } of stale) {
    // Checked again as it is deleted: a confirmation or a new sign-up meanwhile keeps the account.
    if (
      await deleteMember(id, { kind: "system" }, "member.unconfirmed_purged", {
        departure: null,
        onlyIf: isStale,
      })
    )
      purged += 1;
  }
  return purged;
}
