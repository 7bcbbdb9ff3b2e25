import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** The refusal of a choice that is not on offer (an archived or unknown interest). */
export const notOnOffer = () => new AppError("INVALID_INPUT", "Choose from the interests shown", "interests");

/** Members choose only from the interests on offer (not archived ones). */
export async function assertActiveInterests(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const [{ found }] = await tx.$queryRaw<[{ found: number | bigint }]>`
    SELECT COUNT(*) AS found FROM "Interest" WHERE "id" IN (${Prisma.join(unique)}) AND "archivedAt" IS NULL`;
  if (Number(found) !== unique.length) throw notOnOffer();
}
