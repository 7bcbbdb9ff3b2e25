import "server-only";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import { emailHash } from "@/lib/security/email-hash";

const WINDOW_MS = 60 * 60 * 1000;

/** One mailbox, whatever its spelling: case and `+tag` sub-addresses do not make another address. */
export function mailboxOf(email: string): string {
  const [local = "", domain = ""] = email
    .trim()
    .toLowerCase()
    .split(/@(?=[^@]*$)/);
  return `${local.split("+")[0]}@${domain}`;
}

/**
 * Counts one more e-mail to `email` from `ip` against the hourly limits, in the database so that every
 * instance shares the count, as a step of the caller's transaction. Throws RateLimitedError (and counts
 * nothing) when a limit is reached.
 */
export async function countMailAttempt(tx: Tx, email: string, ip: string): Promise<void> {
  const now = new Date();
  const since = new Date(now.getTime() - WINDOW_MS);
  const hash = emailHash(mailboxOf(email));
  const checks = [
    { where: { emailHash: hash, createdAt: { gt: since } }, limit: env.MAIL_LIMIT_PER_ADDRESS },
    { where: { ip, createdAt: { gt: since } }, limit: env.MAIL_LIMIT_PER_IP },
  ];
  for (const check of checks) {
    const recent = await tx.mailAttempt.findMany({
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
  await tx.mailAttempt.create({ data: { emailHash: hash, ip } });
}

/** Attempts older than the window no longer count. */
export async function purgeOldMailAttempts(now = new Date()): Promise<void> {
  await db.mailAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - WINDOW_MS) } } });
}
