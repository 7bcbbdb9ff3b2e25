import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";
import { assertInterestNameFree } from "./assert-interest-name-free";
import { interestKey } from "./interest-key";

/** An admin renames an interest; the sync then renames its MailerLite group. */
export async function renameInterest(id: string, name: string, adminId: string): Promise<void> {
  await transaction(async (tx) => {
    await assertInterestNameFree(tx, name, id);
    const before = await tx.interest.findUnique({ where: { id }, select: { name: true } });
    if (!before) throw new AppError("NOT_FOUND", "That interest no longer exists");
    if (before.name === name) return;
    await tx.interest.update({ where: { id }, data: { name, nameKey: interestKey(name) } });
    const detail = `${before.name} → ${name}`;
    await recordAudit(tx, {
      actor: { kind: "admin", ref: adminId },
      action: "interest.renamed",
      subject: id,
      detail,
    });
  });
  backgroundWork.wake();
}
