import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterSession } from "next-auth/adapters";
import { db } from "@/lib/db";
import { rawDate, type RawDate } from "@/lib/raw-date";
import { tokenHash } from "@/lib/security/token-hash";

/**
 * A session and its member by the cookie's value: every signed-in request asks, so one plain statement, and
 * only what the session callback reads.
 */
export async function sessionAndUser(sessionToken: string) {
  const [found] = await db.$queryRaw<
    {
      userId: string;
      expires: RawDate;
      email: string;
      emailVerified: RawDate | null;
    }[]
  >`
    SELECT s."userId", s."expires", u."email", u."emailVerified"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."sessionToken" = ${tokenHash(sessionToken)}`;
  if (!found) return null;
  return {
    user: { id: found.userId, email: found.email, emailVerified: rawDate(found.emailVerified) },
    session: { sessionToken, userId: found.userId, expires: rawDate(found.expires) },
  };
}

/**
 * Auth.js's Prisma adapter with the club's rules: accounts are created by sign-up only, and a session is
 * stored under a keyed hash of its cookie's value, never the value itself.
 */
export function clubAdapter(): Adapter {
  const base = PrismaAdapter(db);
  const stored = (session: AdapterSession, sessionToken: string) => ({ ...session, sessionToken });
  return {
    ...base,
    async createUser() {
      throw new Error("Accounts are created by signing up.");
    },
    async createSession(session) {
      const created = await base.createSession!({
        ...session,
        sessionToken: tokenHash(session.sessionToken),
      });
      return stored(created, session.sessionToken);
    },
    getSessionAndUser: sessionAndUser,
    // A renewal moves the expiry only: createdAt stays the sign-in's time (a recent sign-in is checked by it).
    async updateSession({ sessionToken, expires }) {
      const updated = await base.updateSession!({ sessionToken: tokenHash(sessionToken), expires });
      return updated && stored(updated, sessionToken);
    },
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken: tokenHash(sessionToken) } });
    },
  };
}
