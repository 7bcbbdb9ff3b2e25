import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { tokenHash } from "@/lib/security/token-hash";
import { sessionCookie } from "./session-cookie";

/**
 * When the sign-in that started this request's session happened (renewals keep it), for the session's member
 * `memberId`; null without such a session.
 */
export async function sessionSignedInAt(memberId: string): Promise<Date | null> {
  const token = (await cookies()).get(sessionCookie.name)?.value;
  if (!token) return null;
  const session = await db.session.findFirst({
    where: { sessionToken: tokenHash(token), userId: memberId },
    select: { createdAt: true },
  });
  return session?.createdAt ?? null;
}
