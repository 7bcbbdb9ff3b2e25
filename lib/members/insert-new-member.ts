import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { newRowId } from "@/lib/row-id";
import { notOnOffer } from "./assert-active-interests";

export type NewMemberFields = {
  email: string;
  firstName: string;
  lastName: string;
  newsletter: boolean;
  searchText: string;
};

/**
 * A new, unconfirmed member's row, in plain SQL (every sign-up makes one; Prisma's create costs several times
 * as much): its id, or null when the address is taken (a member already has it, or a concurrent sign-up made
 * it first; on PostgreSQL the insert waits for that one to commit).
 */
export async function insertNewMember(tx: Tx, member: NewMemberFields): Promise<string | null> {
  const now = new Date();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "User" ("id", "email", "firstName", "lastName", "newsletter", "searchText", "createdAt", "updatedAt")
    VALUES (${newRowId(now.getTime())}, ${member.email}, ${member.firstName}, ${member.lastName},
            ${member.newsletter}, ${member.searchText}, ${now}, ${now})
    ON CONFLICT ("email") DO NOTHING
    RETURNING "id"`;
  return rows[0]?.id ?? null;
}

/**
 * Gives a member without interests the chosen ones, in one statement that adds only those on offer; when one
 * was not, it throws (and the caller's transaction undoes the rest).
 */
export async function addOfferedInterests(tx: Tx, memberId: string, interestIds: string[]): Promise<void> {
  if (interestIds.length === 0) return;
  const added = await tx.$executeRaw`
    INSERT INTO "MemberInterest" ("userId", "interestId", "createdAt")
    SELECT ${memberId}, "id", ${new Date()} FROM "Interest"
    WHERE "id" IN (${Prisma.join(interestIds)}) AND "archivedAt" IS NULL`;
  if (added !== interestIds.length) throw notOnOffer();
}
