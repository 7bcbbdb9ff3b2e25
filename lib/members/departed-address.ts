import "server-only";
import type { Tx } from "@/lib/db";
import { emailHash } from "@/lib/security/email-hash";

/** Why a person is gone: they deleted their account, an admin deleted it, or MailerLite erased them. */
export type DepartureReason = "member" | "admin" | "mailerlite";

export type Departure = { departedAt: Date; reason: DepartureReason };

/**
 * Records that the person behind `email` left, as a step of the caller's transaction: only a keyed hash of the
 * address is kept. A later departure keeps the first date.
 */
export async function recordDeparture(tx: Tx, email: string, reason: DepartureReason, at = new Date()) {
  const hash = emailHash(email);
  await tx.departedAddress.upsert({
    where: { emailHash: hash },
    create: { emailHash: hash, departedAt: at, reason },
    update: {},
  });
}

/** When and why the person behind `email` left, or null when they did not (or came back themselves). */
export async function findDeparture(tx: Tx, email: string): Promise<Departure | null> {
  const row = await tx.departedAddress.findUnique({ where: { emailHash: emailHash(email) } });
  return row ? { departedAt: row.departedAt, reason: row.reason as DepartureReason } : null;
}

/** The departures among `emails`, by address (for an import's rows, 500 addresses a query). */
export async function findDepartures(tx: Tx, emails: string[]): Promise<Map<string, Departure>> {
  const byHash = new Map(emails.map((email) => [emailHash(email), email]));
  const hashes = [...byHash.keys()];
  const found = new Map<string, Departure>();
  for (let start = 0; start < hashes.length; start += 500) {
    const rows = await tx.departedAddress.findMany({
      where: { emailHash: { in: hashes.slice(start, start + 500) } },
    });
    for (const row of rows) {
      found.set(byHash.get(row.emailHash)!, {
        departedAt: row.departedAt,
        reason: row.reason as DepartureReason,
      });
    }
  }
  return found;
}

/** The person came back by their own confirmed sign-up: the record of their departure no longer holds. */
export async function clearDeparture(tx: Tx, email: string): Promise<void> {
  await tx.departedAddress.deleteMany({ where: { emailHash: emailHash(email) } });
}
