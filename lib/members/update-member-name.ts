import "server-only";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";
import type { ProfileNameInput } from "@/lib/validation/member";
import { recordMemberChange } from "./record-member-change";
import { searchTextOf } from "./search-text";

/** The member sets their own names on /profile: an import keeps them from now on. */
export async function updateMemberName(memberId: string, input: ProfileNameInput): Promise<void> {
  await transaction(async (tx) => {
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: memberId }, select: { email: true } });
    await tx.user.update({
      where: { id: memberId },
      data: {
        firstName: input.firstName,
        lastName: input.lastName,
        searchText: searchTextOf({ email, ...input }),
        namesChosenAt: new Date(),
      },
    });
    await recordMemberChange(tx, { kind: "member", ref: memberId }, "member.name_changed", memberId);
  });
  backgroundWork.wake();
}
