import "server-only";
import { cookies } from "next/headers";
import { sessionAndUser } from "./adapter";
import { auth } from "./config";
import { isCurrent } from "./session-renewal";
import { sessionCookie } from "./session-cookie";

export type SessionUser = { id?: string; email?: string | null };

/**
 * The member of this request's session. A session that is current and not yet due for a new expiry is read
 * directly (what auth() would answer, without its request machinery); no cookie means no session; anything
 * else (unknown, expired, due) takes Auth.js's own path, which removes, renews or clears it.
 */
export async function currentUser(): Promise<SessionUser | undefined> {
  const token = (await cookies()).get(sessionCookie.name)?.value;
  if (!token) return undefined;
  const found = await sessionAndUser(token);
  if (found && isCurrent(found.session.expires, Date.now())) return found.user;
  return (await auth())?.user;
}
