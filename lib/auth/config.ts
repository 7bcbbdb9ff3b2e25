import NextAuth from "next-auth";
import { env } from "@/lib/env";
import { clubAdapter } from "./adapter";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, sessionCookie } from "./session-cookie";

/**
 * Auth.js keeps the database sessions (read by auth(), ended by signOut()). Links are the club's own
 * (lib/auth/link-tokens.ts): a person's click on a link's page starts the session (start-session.ts). No
 * Auth.js endpoint is served, so nothing signs in or reveals a session over HTTP but the app's own pages.
 */
export const { auth, signOut } = NextAuth({
  adapter: clubAdapter(),
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  secret: env.AUTH_SECRET,
  trustHost: true,
  useSecureCookies: sessionCookie.options.secure,
  cookies: { sessionToken: sessionCookie },
  providers: [],
  pages: { signIn: "/signin", error: "/signin" },
  callbacks: {
    // Only what the app reads: never the session's token or the whole member row.
    session({ session, user }) {
      return { user: { id: user.id, email: user.email }, expires: session.expires } as typeof session;
    },
  },
});
