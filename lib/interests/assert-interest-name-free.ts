import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { interestKey } from "./interest-key";

/**
 * Checked in the transaction that takes the name: "romance" is the same name as "Romance" (interestKey). The
 * few interests are compared here; the unique key stops two requests racing each other.
 */
export async function assertInterestNameFree(tx: Tx, name: string, exceptId?: string): Promise<void> {
  const key = interestKey(name);
  const all = await tx.interest.findMany({ select: { id: true, name: true } });
  const clash = all.find((i) => i.id !== exceptId && interestKey(i.name) === key);
  if (clash) throw new AppError("CONFLICT", `There is already an interest called “${clash.name}”`, "name");
}
