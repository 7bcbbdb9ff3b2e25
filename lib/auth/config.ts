import NextAuth from "next-auth";
import { env } from "@/lib/env";
import { memberExists, recordSignIn } from "./sign-in-callbacks";
import { clubAdapter } from "./adapter";
import { emailLinkProvider } from "./email-link-provider";

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: clubAdapter(),
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
  secret: env.AUTH_SECRET,
  trustHost: true,
  providers: [emailLinkProvider],
  pages: { signIn: "/signin", verifyRequest: "/check-email", error: "/signin" },
  callbacks: {
    // A link for an account deleted since it was sent must not recreate the account.
    async signIn({ user, email }) {
      if (email?.verificationRequest) return true;
      return typeof user.id === "string" && (await memberExists(user.id));
    },
    session({ session, user }) {
      session.user.id = user.id;
      return session;
    },
  },
  events: {
    async signIn({ user }) {
      if (user.id) await recordSignIn(user.id);
    },
  },
});
