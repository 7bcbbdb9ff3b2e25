import "server-only";
import { db, type Tx } from "./db";

const CONFLICT_CODES = /^(P2002|P2034|40001|40P01|SQLITE_BUSY.*)$/;
const CONFLICT_MESSAGES = /deadlock detected|could not serialize access|database is locked/;

/** The error and what it wraps: Prisma keeps a driver's error in `cause` or in `meta.driverAdapterError`. */
function* causes(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length > 0 && seen.size < 10) {
    const next = queue.shift();
    if (!next || typeof next !== "object" || seen.has(next)) continue;
    seen.add(next);
    const record = next as Record<string, unknown>;
    yield record;
    queue.push(record.cause, (record.meta as Record<string, unknown> | undefined)?.driverAdapterError);
  }
}

/**
 * Whether another transaction got in the way: a unique key it took first (a double submit), a serialization
 * failure or a deadlock (PostgreSQL under READ COMMITTED), a busy SQLite file. Trying again then does what a
 * single attempt would have done.
 */
export function isConflict(error: unknown): boolean {
  for (const cause of causes(error)) {
    if (CONFLICT_CODES.test(String(cause.code)) || CONFLICT_CODES.test(String(cause.originalCode)))
      return true;
    if (typeof cause.message === "string" && CONFLICT_MESSAGES.test(cause.message)) return true;
  }
  return false;
}

/** Runs `work` in a transaction, again (up to five times in all) when another transaction got in the way. */
export async function transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work);
    } catch (error) {
      if (attempt >= 5 || !isConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));
    }
  }
}
