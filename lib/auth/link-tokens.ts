import "server-only";
import { db } from "@/lib/db";
import { newToken, tokenHash } from "@/lib/security/token-hash";
import { LINK_MAX_AGE_SECONDS, LINK_MAX_USES, LINK_REUSE_WINDOW_MS } from "./link-reuse";

export type LinkToken = { email: string; token: string };

/** The rules a link must meet to be used now: its address, its age, its uses. */
function usable(link: LinkToken, now: Date) {
  return {
    identifier: link.email,
    token: tokenHash(link.token),
    expires: { gt: now },
    uses: { lt: LINK_MAX_USES },
    OR: [{ firstUsedAt: null }, { firstUsedAt: { gte: new Date(now.getTime() - LINK_REUSE_WINDOW_MS) } }],
  };
}

/**
 * A new link for `email` (or another identifier), valid for `maxAgeSeconds` from `now`; `abandon` deletes it
 * again (its mail was never sent).
 */
export async function createLinkToken(
  email: string,
  maxAgeSeconds = LINK_MAX_AGE_SECONDS,
  now = new Date(),
): Promise<{ token: string; abandon: () => Promise<void> }> {
  const token = newToken();
  const hash = tokenHash(token);
  const expires = new Date(now.getTime() + maxAgeSeconds * 1000);
  // Every mailed link makes one: a plain statement costs Prisma a fraction of a planned create.
  await db.$executeRaw`
    INSERT INTO "VerificationToken" ("identifier", "token", "expires", "uses") VALUES (${email}, ${hash}, ${expires}, 0)`;
  return {
    token,
    abandon: async () => void (await db.verificationToken.deleteMany({ where: { token: hash } })),
  };
}

/** Whether the link may be used now; looking changes nothing (a mail scanner's visit must not use it up). */
export async function isLinkUsable(link: LinkToken, now = new Date()): Promise<boolean> {
  return (await db.verificationToken.count({ where: usable(link, now) })) === 1;
}

/**
 * Uses the link (a person's click): true when it was usable. A link survives a double click or a second
 * device: it stays valid for 10 minutes after its first use, at most 7 uses, within its lifetime.
 */
export async function spendLinkToken(link: LinkToken, now = new Date()): Promise<boolean> {
  const used = await db.verificationToken.updateMany({
    where: usable(link, now),
    data: { uses: { increment: 1 } },
  });
  if (used.count === 0) return false;
  await db.verificationToken.updateMany({
    where: { token: tokenHash(link.token), firstUsedAt: null },
    data: { firstUsedAt: now },
  });
  return true;
}
