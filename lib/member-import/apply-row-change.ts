import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";
import { createConfirmedMembers } from "@/lib/members/create-confirmed-member";
import { recordMemberChange, recordMembersCreated } from "@/lib/members/record-member-change";
import { searchTextOf } from "@/lib/members/search-text";
import type { RowChange } from "./plan-row-change";

export type ImportContext = {
  actor: AuditActor;
  consentDetail: string;
  /** The admin's statement that the members asked for the file's interests, for the audit entry. */
  interestsDetail: string;
  importRef: string;
  now: Date;
};

type Row = { row: number; email: string };
type Create = Extract<RowChange, { kind: "create" }>;
type Update = Extract<RowChange, { kind: "update" }>;

/** Creates the new members of a chunk together, with their audit entries and sync rows. */
export async function createImportedMembers(
  tx: Tx,
  creates: { change: Create; row: Row }[],
  context: ImportContext,
): Promise<void> {
  const idOf = await createConfirmedMembers(
    tx,
    creates.map(({ change: { firstName, lastName, newsletter, interestIds }, row }) => ({
      email: row.email,
      firstName,
      lastName,
      newsletter,
      interestIds,
      consentDetail: newsletter ? context.consentDetail : null,
    })),
    context.now,
  );
  await recordMembersCreated(
    tx,
    context.actor,
    "member.imported",
    creates.map(({ row }) => ({
      memberId: idOf.get(row.email)!,
      detail: `${context.importRef}, row ${row.row}`,
    })),
  );
}

/**
 * Updates an existing member as a row asks (names, added interests), with the audit entry and sync row of the
 * change. The newsletter and the member's consent record are never touched: those are the member's own.
 */
export async function updateImportedMember(
  tx: Tx,
  change: Update,
  row: Row,
  context: ImportContext,
): Promise<void> {
  const { firstName, lastName } = change.fields;
  const current = await tx.user.findUniqueOrThrow({
    where: { id: change.memberId },
    select: { email: true, firstName: true, lastName: true },
  });
  const names = { firstName: firstName ?? current.firstName, lastName: lastName ?? current.lastName };
  await tx.user.update({
    where: { id: change.memberId },
    data: { ...names, searchText: searchTextOf({ email: current.email, ...names }) },
  });
  if (change.addInterestIds.length > 0) {
    await tx.memberInterest.createMany({
      data: change.addInterestIds.map((interestId) => ({ userId: change.memberId, interestId })),
    });
  }
  const where = `${context.importRef}, row ${row.row}`;
  await recordMemberChange(
    tx,
    context.actor,
    "member.updated_by_import",
    change.memberId,
    change.addInterestIds.length > 0 ? `${where}; ${context.interestsDetail}` : where,
  );
}
