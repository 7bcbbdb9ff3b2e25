import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";

/** Auth.js's signIn callback: a link for an account deleted since it was sent must not recreate it. */
export async function memberExists(memberId: string): Promise<boolean> {
  return (await db.user.count({ where: { id: memberId } })) === 1;
}

/** Auth.js's signIn event. */
export async function recordSignIn(memberId: string): Promise<void> {
  await recordAudit(db, {
    actor: { kind: "member", ref: memberId },
    action: "member.signed_in",
    subject: memberId,
  });
}
