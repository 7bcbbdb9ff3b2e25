import "server-only";
import { db, serialTransactions, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import { newRowId } from "@/lib/row-id";
import { emailHash } from "@/lib/security/email-hash";
import { isIP } from "node:net";

const WINDOW_MS = 60 * 60 * 1000;

/** One mailbox, whatever its spelling: case and `+tag` sub-addresses do not make another address. */
export function mailboxOf(email: string): string {
  const [local = "", domain = ""] = email
    .trim()
    .toLowerCase()
    .split(/@(?=[^@]*$)/);
  return `${local.split("+")[0]}@${domain}`;
}

/** The groups of an IPv6 address, written out: "2001:db8::1" → ["2001", "db8", "0", …, "1"]. */
function ipv6Groups(ip: string): string[] {
  const [head = "", tail] = ip.toLowerCase().split("::");
  const left = head.split(":").filter(Boolean);
  const right = tail === undefined ? [] : tail.split(":").filter(Boolean);
  return [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
}

/** One client, as the per-IP limit counts it: an IPv6 client usually holds a whole /64, so the /64 is one. */
export function clientBucketOf(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const prefix = ipv6Groups(ip)
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""));
  return `${prefix.join(":")}::/64`;
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
  const client = clientBucketOf(ip);
  // PostgreSQL: concurrent requests for the same mailbox or client wait here for each other, so none slips past
  // a count that another has not yet added to (the same order for every request: no deadlock). SQLite runs one
  // writing transaction at a time, which gives the same.
  if (!serialTransactions) {
    for (const key of [`mail:address:${hash}`, `mail:ip:${client}`]) {
      await tx.limitKey.upsert({
        where: { key },
        create: { key, touchedAt: now },
        update: { touchedAt: now },
      });
    }
  }
  // Both counts in one statement: each query costs Prisma far more than SQLite, and every sign-up asks.
  const [counts] = await tx.$queryRaw<[{ address: number | bigint; client: number | bigint }]>`
    SELECT
      (SELECT COUNT(*) FROM "MailAttempt" WHERE "emailHash" = ${hash} AND "createdAt" > ${since}) AS "address",
      (SELECT COUNT(*) FROM "MailAttempt" WHERE "ip" = ${client} AND "createdAt" > ${since}) AS "client"`;
  const checks = [
    {
      where: { emailHash: hash, createdAt: { gt: since } },
      limit: env.MAIL_LIMIT_PER_ADDRESS,
      count: counts.address,
    },
    { where: { ip: client, createdAt: { gt: since } }, limit: env.MAIL_LIMIT_PER_IP, count: counts.client },
  ];
  for (const check of checks) {
    if (Number(check.count) < check.limit) continue;
    // The attempt whose hour must pass before one more is allowed: the limit-th newest.
    const [blocking] = await tx.mailAttempt.findMany({
      where: check.where,
      orderBy: { createdAt: "desc" },
      skip: check.limit - 1,
      take: 1,
      select: { createdAt: true },
    });
    const until = blocking!.createdAt.getTime() + WINDOW_MS;
    throw new RateLimitedError(Math.max(1, Math.ceil((until - now.getTime()) / 60_000)));
  }
  await tx.$executeRaw`
    INSERT INTO "MailAttempt" ("id", "emailHash", "ip", "createdAt")
    VALUES (${newRowId(now.getTime())}, ${hash}, ${client}, ${now})`;
}

/** Attempts older than the window no longer count. */
export async function purgeOldMailAttempts(now = new Date()): Promise<void> {
  const before = new Date(now.getTime() - WINDOW_MS);
  await db.mailAttempt.deleteMany({ where: { createdAt: { lt: before } } });
  await db.limitKey.deleteMany({ where: { key: { startsWith: "mail:" }, touchedAt: { lt: before } } });
}
