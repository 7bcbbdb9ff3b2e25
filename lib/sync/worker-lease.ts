import "server-only";
import { db } from "@/lib/db";
import { isConflict } from "@/lib/transaction";

/**
 * Takes (or renews) the lease on a task that one process at a time may run; false while another process
 * holds it. A crashed holder's lease runs out after `ms`.
 */
export async function holdLease(name: string, owner: string, ms: number): Promise<boolean> {
  const now = new Date();
  const until = new Date(now.getTime() + ms);
  const taken = await db.workerLease.updateMany({
    where: { name, OR: [{ owner }, { until: { lt: now } }] },
    data: { owner, until },
  });
  if (taken.count === 1) return true;
  try {
    await db.workerLease.create({ data: { name, owner, until } });
    return true;
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}

/** Gives the lease up at once. */
export async function releaseLease(name: string, owner: string): Promise<void> {
  await db.workerLease.updateMany({ where: { name, owner }, data: { until: new Date(0) } });
}
