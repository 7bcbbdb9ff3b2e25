import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Members choose only from the interests on offer (not archived ones). */
export async function assertActiveInterests(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx.interest.count({ where: { id: { in: ids }, archivedAt: null } });
  if (found !== new Set(ids).size) {
    throw new AppError("INVALID_INPUT", "Choose from the interests shown", "interests");
  }
}
