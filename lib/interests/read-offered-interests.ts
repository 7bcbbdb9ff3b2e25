import "server-only";
import { db } from "@/lib/db";

export type InterestOption = { id: string; name: string };

/** The interests members can choose from (not archived), by name. */
export async function readOfferedInterests(): Promise<InterestOption[]> {
  return db.interest.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
