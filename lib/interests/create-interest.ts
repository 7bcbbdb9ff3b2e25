import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";
import { assertInterestNameFree } from "./assert-interest-name-free";
import { interestKey } from "./interest-key";

/** An admin adds an interest to those on offer; the sync then makes its MailerLite group. */
export async function createInterest(name: string, adminId: string): Promise<void> {
  await transaction(async (tx) => {
    await assertInterestNameFree(tx, name);
    const interest = await tx.interest.create({
      data: { name, nameKey: interestKey(name) },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: { kind: "admin", ref: adminId },
      action: "interest.created",
      subject: interest.id,
      detail: name,
    });
  });
  backgroundWork.wake();
}
