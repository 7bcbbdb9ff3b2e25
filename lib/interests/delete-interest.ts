import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { transaction } from "@/lib/transaction";

/** Deletes an interest nobody has (its MailerLite group is left as it is, with nobody the app put there). */
export async function deleteInterest(id: string, adminId: string): Promise<void> {
  await transaction(async (tx) => {
    const interest = await tx.interest.findUnique({
      where: { id },
      select: { name: true, _count: { select: { members: true } } },
    });
    if (!interest) return;
    if (interest._count.members > 0) {
      throw new AppError("CONFLICT", `Members still have “${interest.name}”: remove it from them first`);
    }
    await tx.interest.delete({ where: { id } });
    await recordAudit(tx, {
      actor: { kind: "admin", ref: adminId },
      action: "interest.deleted",
      subject: id,
      detail: interest.name,
    });
  });
}
