import "server-only";
import { backgroundWork } from "@/lib/background/signal";
import { transaction } from "@/lib/transaction";
import type { PreferenceChange } from "@/lib/validation/member";
import { assertActiveInterests } from "./assert-active-interests";
import { recordMemberChange } from "./record-member-change";

/** Ticks or unticks the newsletter or one interest of this member. */
export async function setMemberPreference(memberId: string, change: PreferenceChange): Promise<void> {
  const actor = { kind: "member", ref: memberId } as const;
  await transaction(async (tx) => {
    if (change.kind === "newsletter") {
      await tx.user.update({ where: { id: memberId }, data: { newsletter: change.value } });
      await recordMemberChange(
        tx,
        actor,
        change.value ? "member.newsletter_on" : "member.newsletter_off",
        memberId,
      );
      return;
    }
    const key = { userId: memberId, interestId: change.interestId };
    if (change.value) {
      await assertActiveInterests(tx, [change.interestId]);
      await tx.memberInterest.upsert({ where: { userId_interestId: key }, create: key, update: {} });
    } else {
      await tx.memberInterest.deleteMany({ where: key });
    }
    const action = change.value ? "member.interest_added" : "member.interest_removed";
    await recordMemberChange(tx, actor, action, memberId, change.interestId);
  });
  backgroundWork.wake();
}
