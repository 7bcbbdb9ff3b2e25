import "server-only";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";
import { clearDeparture } from "./departed-address";
import { recordMemberChange } from "./record-member-change";

/**
 * The admin's click on their first sign-in link confirms their address: nothing else is set (no newsletter,
 * no interests: those are the admin's own choices on /profile, like any member's). The person came back
 * themselves, so a record of an earlier departure no longer holds.
 */
export async function confirmAdminAccount(memberId: string): Promise<void> {
  await transaction(async (tx) => {
    const confirmed = await tx.user.updateMany({
      where: { id: memberId, emailVerified: null },
      data: { emailVerified: new Date() },
    });
    if (confirmed.count === 0) return;
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: memberId }, select: { email: true } });
    await clearDeparture(tx, email);
    await recordMemberChange(tx, { kind: "member", ref: memberId }, "admin.confirmed", memberId);
  });
  backgroundWork.wake();
}
