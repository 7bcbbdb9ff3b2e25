import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireAdmin } from "@/lib/auth/session";
import { backgroundWork } from "@/lib/background/signal";
import { db, type Tx } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { AppError } from "@/lib/errors";

export async function listAllInterests() {
  await requireAdmin();
  const interests = await db.interest.findMany({
    orderBy: [{ archivedAt: "asc" }, { name: "asc" }],
    select: { id: true, name: true, archivedAt: true, _count: { select: { members: true } } },
  });
  return interests.map((i) => ({ id: i.id, name: i.name, archived: i.archivedAt !== null, memberCount: i._count.members }));
}

/** Checked in the transaction that takes the name: a second submit run again after a clash finds the first. */
async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const clash = await tx.interest.findFirst({ where: { name, NOT: exceptId ? { id: exceptId } : undefined } });
  if (clash) throw new AppError("CONFLICT", `There is already an interest called “${name}”`, "name");
}

export async function createInterest(name: string): Promise<void> {
  const admin = await requireAdmin();
  await transaction(async (tx) => {
    await assertNameFree(tx, name);
    const interest = await tx.interest.create({ data: { name }, select: { id: true } });
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
    await tx.interest.update({ where: { id }, data: { name } });
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
