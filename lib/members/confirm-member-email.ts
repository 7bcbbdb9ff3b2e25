import "server-only";
import { backgroundWork } from "@/lib/background/signal";
import { db } from "@/lib/db";
import { recordMemberChange } from "./record-member-change";

/** The first use of a link confirms the member's address (later uses change nothing). */
export async function confirmMemberEmail(memberId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const confirmed = await tx.user.updateMany({
      where: { id: memberId, emailVerified: null },
      data: { emailVerified: new Date() },
    });
    if (confirmed.count === 1) {
      await recordMemberChange(tx, { kind: "member", ref: memberId }, "member.confirmed", memberId);
    }
  });
  backgroundWork.wake();
}
