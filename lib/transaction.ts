import "server-only";
import { db, type Tx } from "./db";

const CONFLICT_CODES = new Set(["P2002", "P2034", "40001", "40P01", "SQLITE_BUSY"]);

/**
 * Whether another transaction got in the way: a unique key it took first (a double submit), a serialization
 * failure or a deadlock (PostgreSQL under READ COMMITTED), a busy SQLite file. Trying again then does what a
 * single attempt would have done.
 */
export function isConflict(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
    const { code, originalCode, message } = cause as {
      code?: unknown;
      originalCode?: unknown;
      message?: unknown;
    };
    if (CONFLICT_CODES.has(String(code)) || CONFLICT_CODES.has(String(originalCode))) return true;
    if (typeof message === "string" && /deadlock detected|could not serialize access/.test(message))
      return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

/** Runs `work` in a transaction, again (up to four times in all) when another transaction got in the way. */
export async function transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work);
    } catch (error) {
      if (attempt >= 4 || !isConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
