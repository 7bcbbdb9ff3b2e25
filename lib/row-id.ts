import { randomBytes } from "node:crypto";

let counter = 0;

/**
 * An id for a row written by hand-written SQL, shaped like the cuids Prisma gives the others: "c", the time
 * and a counter (so rows made in one millisecond sort in the order they were made), then randomness.
 */
export function newRowId(now = Date.now()): string {
  counter = (counter + 1) % 36 ** 4;
  const random = [...randomBytes(12)].map((byte) => (byte % 36).toString(36)).join("");
  return `c${now.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${random}`;
}
