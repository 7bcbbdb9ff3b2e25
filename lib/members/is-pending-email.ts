import "server-only";
import { db } from "@/lib/db";

/** Whether the member's address change still waits for this address (a later request replaces it). */
export async function isPendingEmail(memberId: string, email: string): Promise<boolean> {
  return (await db.user.count({ where: { id: memberId, pendingEmail: email } })) === 1;
}
