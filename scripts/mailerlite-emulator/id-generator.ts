import { createPrng } from "./prng";

/**
 * Numeric-string ids of 17 digits like MailerLite's, increasing (so id order is creation order) and
 * the same sequence for the same seed; after `lastId` (one already dealt, kept in a state file) when given.
 */
export function createIdGenerator(seed: number, lastId?: string): () => string {
  const random = createPrng(seed ^ 0x5eed1d5);
  let current = 10n ** 16n * 2n + BigInt(Math.floor(random() * 1e15));
  if (lastId !== undefined && BigInt(lastId) > current) current = BigInt(lastId);
  return () => {
    current += 1n + BigInt(Math.floor(random() * 1_000_000));
    return current.toString();
  };
}
