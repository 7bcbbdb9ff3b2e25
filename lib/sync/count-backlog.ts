import "server-only";
import { db } from "@/lib/db";

/** How many members wait for the sync and how many failed, and since when the oldest has waited. */
export async function countBacklog(): Promise<{
  pending: number;
  failed: number;
  oldestPendingSince: Date | null;
}> {
  const [pending, failed, oldest] = await Promise.all([
    db.memberSync.count({ where: { state: "pending" } }),
    db.memberSync.count({ where: { state: "failed" } }),
    db.memberSync.findFirst({
      where: { state: "pending" },
      orderBy: { pendingSince: "asc" },
      select: { pendingSince: true },
    }),
  ]);
  return { pending, failed, oldestPendingSince: oldest?.pendingSince ?? null };
}
