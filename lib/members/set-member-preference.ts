import "server-only";
import { backgroundWork } from "@/lib/outbox/background-work";
import { AppError } from "@/lib/errors";
import { transaction } from "@/lib/transaction";
import type { PreferenceChange } from "@/lib/validation/member";
import { assertActiveInterests } from "./assert-active-interests";
import { isSuppression, resubscribeRefusal } from "./newsletter-stop";
import { recordMemberChange } from "./record-member-change";

/**
 * Ticks or unticks the newsletter or one interest of this member, and records when they chose (no import
 * changes what a member chose). The newsletter cannot be ticked again from here once MailerLite suppressed
 * the address (MailerLite refuses it, and only the person may undo an unsubscribe, in MailerLite): that is
 * refused with what to do instead.
 */
export async function setMemberPreference(memberId: string, change: PreferenceChange): Promise<void> {
  const actor = { kind: "member", ref: memberId } as const;
  const now = new Date();
  await transaction(async (tx) => {
    if (change.kind === "newsletter") {
      if (change.value) {
        // Ticked again after MailerLite deleted the subscriber: a new subscription, by the member's own
        // click. Never over a suppression, even one taken in since this request began (checked in the write).
        const ticked = await tx.user.updateMany({
          where: { id: memberId, OR: [{ newsletterStop: null }, { newsletterStop: "deleted" }] },
          data: {
            newsletter: true,
            newsletterStop: null,
            newsletterStoppedAt: null,
            newsletterChosenAt: now,
          },
        });
        if (ticked.count === 0) {
          const { newsletterStop } = await tx.user.findUniqueOrThrow({
            where: { id: memberId },
            select: { newsletterStop: true },
          });
          if (isSuppression(newsletterStop)) {
            throw new AppError("CONFLICT", resubscribeRefusal(newsletterStop), "newsletter");
          }
        }
      } else {
        await tx.user.update({
          where: { id: memberId },
          data: { newsletter: false, newsletterChosenAt: now },
        });
      }
      await recordMemberChange(
        tx,
        actor,
        change.value ? "member.newsletter_on" : "member.newsletter_off",
        memberId,
      );
      return;
    }
    if (change.value) {
      // Added only if the interest is on offer, in one statement (a toggle is the commonest change of all);
      // nothing added: the member had it already, or it is not on offer, which the check then says.
      const added = await tx.$executeRaw`
        INSERT INTO "MemberInterest" ("userId", "interestId", "createdAt")
        SELECT ${memberId}, "id", ${now} FROM "Interest" WHERE "id" = ${change.interestId} AND "archivedAt" IS NULL
        ON CONFLICT DO NOTHING`;
      if (added === 0) await assertActiveInterests(tx, [change.interestId]);
    } else {
      await tx.$executeRaw`
        DELETE FROM "MemberInterest" WHERE "userId" = ${memberId} AND "interestId" = ${change.interestId}`;
    }
    await tx.user.update({ where: { id: memberId }, data: { interestsChosenAt: now } });
    const action = change.value ? "member.interest_added" : "member.interest_removed";
    await recordMemberChange(tx, actor, action, memberId, change.interestId);
  });
  backgroundWork.wake();
}
