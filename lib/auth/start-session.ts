import "server-only";
import { cookies } from "next/headers";
import { recordAudit } from "@/lib/audit/record-audit";
import { transaction } from "@/lib/transaction";
import { newToken, tokenHash } from "@/lib/security/token-hash";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "./session-cookie";

/** Signs the member in on this browser (a server action's response carries the cookie). */
export async function startSession(memberId: string): Promise<void> {
  const token = newToken();
  const now = new Date();
  const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await transaction(async (tx) => {
    // createdAt: the sign-in's time, which renewals keep (changing the address needs a recent one).
    await tx.session.create({
      data: { sessionToken: tokenHash(token), userId: memberId, expires, createdAt: now },
    });
    await recordAudit(tx, {
      actor: { kind: "member", ref: memberId },
      action: "member.signed_in",
      subject: memberId,
    });
  });
  (await cookies()).set(sessionCookie.name, token, { ...sessionCookie.options, expires });
}
