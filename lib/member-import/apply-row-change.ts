import "server-only";
import type { AuditActor } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";
import { createConfirmedMember } from "@/lib/members/create-confirmed-member";
import { recordMemberChange } from "@/lib/members/record-member-change";
import { searchTextOf } from "@/lib/members/search-text";
import type { RowChange } from "./plan-row-change";

export type ImportContext = { actor: AuditActor; consentDetail: string; importRef: string; now: Date };

/** Carries out one row's change in the caller's transaction, with the member's audit entry and sync row. */
export async function applyRowChange(
  tx: Tx,
  change: RowChange,
  row: { row: number; email: string },
  context: ImportContext,
): Promise<void> {
  const detail = `${context.importRef}, row ${row.row}`;
  if (change.kind === "create") {
    const { firstName, lastName, newsletter, interestIds } = change;
    const memberId = await createConfirmedMember(
      tx,
      {
        email: row.email,
        firstName,
        lastName,
        newsletter,
        interestIds,
        consentDetail: newsletter ? context.consentDetail : null,
      },
      context.now,
    );
    await recordMemberChange(tx, context.actor, "member.imported", memberId, detail);
    return;
  }
  if (change.kind !== "update") return;
  const { firstName, lastName, newsletter } = change.fields;
  const current = await tx.user.findUniqueOrThrow({
    where: { id: change.memberId },
    select: { email: true, firstName: true, lastName: true },
  });
  await tx.user.update({
    where: { id: change.memberId },
    data: {
      ...(firstName !== undefined ? { firstName } : {}),
      ...(lastName !== undefined ? { lastName } : {}),
      ...(newsletter ? { newsletter, consentedAt: context.now, consentDetail: context.consentDetail } : {}),
      searchText: searchTextOf({
        ...current,
        ...(firstName !== undefined ? { firstName } : {}),
        ...(lastName !== undefined ? { lastName } : {}),
      }),
    },
  });
  if (change.addInterestIds.length > 0) {
    await tx.memberInterest.createMany({
      data: change.addInterestIds.map((interestId) => ({ userId: change.memberId, interestId })),
    });
  }
  await recordMemberChange(tx, context.actor, "member.updated_by_import", change.memberId, detail);
}
