import "server-only";
import { db } from "@/lib/db";

export type InterestOption = { id: string; name: string };

/** Public: the interests members can choose from, by name (for the sign-up and profile forms). */
export async function listActiveInterests(): Promise<InterestOption[]> {
  return db.interest.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
