import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { db } from "@/lib/db";
import { confirmMemberEmail } from "@/lib/members/confirm-member-email";
import { LINK_MAX_USES, LINK_REUSE_WINDOW_MS } from "./link-reuse";

/**
 * Auth.js's Prisma adapter with the club's rules: accounts are created by sign-up only, confirming an address
 * goes through lib/members (its audit entry and outbox row), and a sign-in link survives mail scanners
 * (valid for 10 minutes after its first use, at most 7 uses, 24 hours at most).
 */
export function clubAdapter(): Adapter {
  const base = PrismaAdapter(db);
  return {
    ...base,
    async createUser() {
      throw new Error("Accounts are created by signing up.");
    },
    async updateUser(user) {
      if (user.emailVerified) await confirmMemberEmail(user.id);
      return base.updateUser!(user);
    },
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken } });
    },
    async useVerificationToken({ identifier, token }) {
      const now = new Date();
      const used = await db.verificationToken.updateMany({
        where: {
          identifier,
          token,
          expires: { gt: now },
          uses: { lt: LINK_MAX_USES },
          OR: [
            { firstUsedAt: null },
            { firstUsedAt: { gte: new Date(now.getTime() - LINK_REUSE_WINDOW_MS) } },
          ],
        },
        data: { uses: { increment: 1 } },
      });
      if (used.count === 0) return null;
      await db.verificationToken.updateMany({
        where: { identifier, token, firstUsedAt: null },
        data: { firstUsedAt: now },
      });
      const row = await db.verificationToken.findUnique({ where: { token }, select: { expires: true } });
      return row ? { identifier, token, expires: row.expires } : null;
    },
  };
}
