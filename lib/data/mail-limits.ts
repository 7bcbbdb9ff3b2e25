import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import { emailHash } from "@/lib/security/email-hash";

const WINDOW_MS = 60 * 60 * 1000;

/**
 * Counts one more e-mail to `email` from `ip` against the hourly limits, in the database so that every
 * instance shares the count. Throws RateLimitedError (and counts nothing) when a limit is reached.
 */
export async function countMailAttempt(email: string, ip: string, tx?: Prisma.TransactionClient): Promise<void> {
  const run = async (client: Prisma.TransactionClient) => {
    const now = new Date();
    const since = new Date(now.getTime() - WINDOW_MS);
    const hash = emailHash(email);
    const checks = [
      { where: { emailHash: hash, createdAt: { gt: since } }, limit: env.MAIL_LIMIT_PER_ADDRESS },
      { where: { ip, createdAt: { gt: since } }, limit: env.MAIL_LIMIT_PER_IP },
    ];
    for (const check of checks) {
      const recent = await client.mailAttempt.findMany({
        where: check.where,
        orderBy: { createdAt: "desc" },
        take: check.limit,
        select: { createdAt: true },
      });
      if (recent.length >= check.limit) {
        const oldest = recent[recent.length - 1]!.createdAt.getTime();
        throw new RateLimitedError(Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 60_000)));
      }
    }
    await client.mailAttempt.create({ data: { emailHash: hash, ip } });
  };
  if (tx) await run(tx);
  else await db.$transaction(run);
}

/** Attempts older than the window no longer count. */
export async function purgeOldMailAttempts(now = new Date()): Promise<void> {
  await db.mailAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - WINDOW_MS) } } });
}
