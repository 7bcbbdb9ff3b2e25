import "server-only";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import type { GrantStore } from "./grant-store";

/**
 * Grants kept in the database under `bucket`, so that every process (app instances and workers) shares one
 * window: together they stay under the account's limit. Taking a grant locks the bucket's row, so two
 * processes never take the last slot both.
 */
export function databaseGrants(bucket: string): GrantStore {
  const waitAt = async (
    client: Pick<typeof db, "apiRequestSlot">,
    now: number,
    limit: number,
    windowMs: number,
  ) => {
    const inWindow = { bucket, at: { gt: new Date(now - windowMs) } };
    const used = await client.apiRequestSlot.count({ where: inWindow });
    if (used < limit) return 0;
    const oldest = await client.apiRequestSlot.findMany({
      where: inWindow,
      orderBy: { at: "desc" },
      skip: limit - 1,
      take: 1,
      select: { at: true },
    });
    return Math.max(1, (oldest[0]?.at.getTime() ?? now) + windowMs - now);
  };
  return {
    take: (now, limit, windowMs) =>
      transaction(async (tx) => {
        const at = new Date(now);
        await tx.limitKey.upsert({
          where: { key: bucket },
          create: { key: bucket },
          update: { touchedAt: at },
        });
        await tx.apiRequestSlot.deleteMany({ where: { bucket, at: { lte: new Date(now - windowMs) } } });
        const wait = await waitAt(tx, now, limit, windowMs);
        if (wait === 0) await tx.apiRequestSlot.create({ data: { bucket, at } });
        return wait;
      }),
    peek: (now, limit, windowMs) => waitAt(db, now, limit, windowMs),
  };
}
