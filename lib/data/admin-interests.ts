import "server-only";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { requireAdmin } from "@/lib/auth/session";
import { backgroundWork } from "@/lib/outbox/background-work";
import { db, type Tx } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { AppError } from "@/lib/errors";
import { markMemberChanged } from "@/lib/outbox/mark-member-changed";
import { interestKey } from "@/lib/validation/interest";

/** Every interest with how many members have it (the interests page). */
export async function listAllInterests() {
  await requireAdmin();
  const interests = await db.interest.findMany({
    orderBy: [{ archivedAt: "asc" }, { name: "asc" }],
    select: { id: true, name: true, archivedAt: true, _count: { select: { members: true } } },
  });
  return interests.map((i) => ({ id: i.id, name: i.name, archived: i.archivedAt !== null, memberCount: i._count.members }));
}

/** Every interest by name, archived ones last, without the member counts (a filter's or a form's choices). */
export async function listInterestChoices() {
  await requireAdmin();
  const interests = await db.interest.findMany({
    orderBy: [{ archivedAt: "asc" }, { name: "asc" }],
    select: { id: true, name: true, archivedAt: true },
  });
  return interests.map((i) => ({ id: i.id, name: i.name, archived: i.archivedAt !== null }));
}

/**
 * Checked in the transaction that takes the name: "romance" is the same name as "Romance" (interestKey). The
 * few interests are compared here; the unique key stops two requests racing each other.
 */
async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const key = interestKey(name);
  const all = await tx.interest.findMany({ select: { id: true, name: true } });
  const clash = all.find((i) => i.id !== exceptId && interestKey(i.name) === key);
  if (clash) throw new AppError("CONFLICT", `There is already an interest called “${clash.name}”`, "name");
}

export async function createInterest(name: string): Promise<void> {
  const admin = await requireAdmin();
  await transaction(async (tx) => {
    await assertNameFree(tx, name);
    const interest = await tx.interest.create({ data: { name, nameKey: interestKey(name) }, select: { id: true } });
    await recordAudit(tx, { actor: { kind: "admin", ref: admin.id }, action: "interest.created", subject: interest.id, detail: name });
  });
  backgroundWork.wake();
}

export async function renameInterest(id: string, name: string): Promise<void> {
  const admin = await requireAdmin();
  await transaction(async (tx) => {
    await assertNameFree(tx, name, id);
    const before = await tx.interest.findUnique({ where: { id }, select: { name: true } });
    if (!before) throw new AppError("NOT_FOUND", "That interest no longer exists");
    if (before.name === name) return;
    await tx.interest.update({ where: { id }, data: { name, nameKey: interestKey(name) } });
    const detail = `${before.name} → ${name}`;
    await recordAudit(tx, { actor: { kind: "admin", ref: admin.id }, action: "interest.renamed", subject: id, detail });
  });
  backgroundWork.wake();
}

/** Archived interests are no longer offered; members keep them until they untick them. */
export async function setInterestArchived(id: string, archived: boolean): Promise<void> {
  const admin = await requireAdmin();
  await transaction(async (tx) => {
    const changed = await tx.interest.updateMany({
      where: { id, archivedAt: archived ? null : { not: null } },
      data: { archivedAt: archived ? new Date() : null },
    });
    if (changed.count === 0) return;
    const action = archived ? "interest.archived" : "interest.restored";
    await recordAudit(tx, { actor: { kind: "admin", ref: admin.id }, action, subject: id });
  });
}

/**
 * Removes an archived interest from every member who still has it, now: each member's sync then takes them
 * out of its MailerLite group, which ends up empty. Returns how many members lost it.
 */
export async function removeInterestFromEveryone(id: string): Promise<number> {
  const admin = await requireAdmin();
  const removed = await transaction(async (tx) => {
    const interest = await tx.interest.findUnique({ where: { id }, select: { name: true, archivedAt: true } });
    if (!interest?.archivedAt) throw new AppError("CONFLICT", "Archive the interest first: it is still offered");
    const holders = await tx.memberInterest.findMany({ where: { interestId: id }, select: { userId: true } });
    await tx.memberInterest.deleteMany({ where: { interestId: id } });
    const actor = { kind: "admin", ref: admin.id } as const;
    await recordAudits(
      tx,
      holders.map(({ userId }) => ({ actor, action: "member.interest_removed_by_admin", subject: userId, detail: interest.name })),
    );
    for (const { userId } of holders) await markMemberChanged(tx, userId);
    await recordAudit(tx, { actor, action: "interest.removed_from_members", subject: id, detail: `${interest.name}: ${holders.length}` });
    return holders.length;
  });
  backgroundWork.wake();
  return removed;
}

/** Deletes an interest nobody has (its MailerLite group is left as it is, with nobody the app put there). */
export async function deleteInterest(id: string): Promise<void> {
  const admin = await requireAdmin();
  await transaction(async (tx) => {
    const interest = await tx.interest.findUnique({ where: { id }, select: { name: true, _count: { select: { members: true } } } });
    if (!interest) return;
    if (interest._count.members > 0) {
      throw new AppError("CONFLICT", `Members still have “${interest.name}”: remove it from them first`);
    }
    await tx.interest.delete({ where: { id } });
    await recordAudit(tx, { actor: { kind: "admin", ref: admin.id }, action: "interest.deleted", subject: id, detail: interest.name });
  });
}
