import "server-only";
import { backgroundWork } from "@/lib/background/signal";
import { db } from "@/lib/db";
import type { ProfileNameInput } from "@/lib/validation/member";
import { recordMemberChange } from "./record-member-change";

export async function updateMemberName(memberId: string, input: ProfileNameInput): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: memberId },
      data: { firstName: input.firstName, lastName: input.lastName },
    });
    await recordMemberChange(tx, { kind: "member", ref: memberId }, "member.name_changed", memberId);
  });
  backgroundWork.wake();
}
