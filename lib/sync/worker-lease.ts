import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { leaseQueue, type Holder, type Lease } from "@/lib/queue/lease-queue";
import { isConflict } from "@/lib/transaction";

/** Tasks by name, each row made by the first process to take it; its columns are never empty. */
const TASKS = leaseQueue({
  table: "WorkerLease",
  key: "name",
  lease: { owner: "owner", until: "until", released: Prisma.sql`"until" = ${new Date(0)}` },
});

/**
 * Takes (or renews) the lease on a task that one process at a time may run; false while another process
 * holds it. A crashed holder's lease runs out after `lease.ms`.
 */
export async function holdLease(name: string, lease: Lease): Promise<boolean> {
  if ((await TASKS.renew([name], lease)).length === 1) return true;
  if ((await TASKS.claim([name], lease)).length === 1) return true;
  try {
    await db.workerLease.create({
      data: { name, owner: lease.owner, until: new Date(lease.now.getTime() + lease.ms) },
    });
    return true;
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}

/** Gives the lease up at once. */
export async function releaseLease(name: string, holder: Holder): Promise<void> {
  await TASKS.release([name], holder);
}
