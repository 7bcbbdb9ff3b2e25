import "server-only";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";
import type { ReadingChoicesInput } from "@/lib/validation/member";
import { assertActiveInterests } from "./assert-active-interests";
import { consentDetailOf } from "./consent-detail";
import { clearDeparture } from "./departed-address";
import { recordMemberChange } from "./record-member-change";
import { searchTextOf } from "./search-text";

/** Where a person's click came from, kept with their consent. */
export type ClickOrigin = { ip: string; userAgent: string };

/**
 * The owner of the address confirms it, with the choices they saw (and may have changed) on the page: that
 * click is their consent, recorded on the member with what, when and from where, and their own choice of
 * names, newsletter and interests (no import changes those). A person who had left is back by their own
 * hand: the record of their departure is cleared. A confirmed member stays as they are (a second click
 * changes nothing).
 */
export async function confirmMember(memberId: string, choices: ReadingChoicesInput, origin: ClickOrigin) {
  const interestIds = [...new Set(choices.interests)];
  await transaction(async (tx) => {
    const member = await tx.user.findUnique({
      where: { id: memberId },
      select: { email: true, emailVerified: true },
    });
    if (!member || member.emailVerified) return;
    await assertActiveInterests(tx, interestIds);
    const names = await tx.interest.findMany({
      where: { id: { in: interestIds } },
      orderBy: { name: "asc" },
    });
    const now = new Date();
    // Confirmed in the write's own condition: of two clicks at once, one confirms and the other changes nothing.
    const confirmed = await tx.user.updateMany({
      where: { id: memberId, emailVerified: null },
      data: {
        firstName: choices.firstName,
        lastName: choices.lastName,
        searchText: searchTextOf({ email: member.email, ...choices }),
        newsletter: choices.newsletter,
        emailVerified: now,
        consentedAt: now,
        consentDetail: consentDetailOf(
          choices.newsletter,
          names.map((i) => i.name),
        ),
        consentIp: origin.ip,
        consentUserAgent: origin.userAgent.slice(0, 500),
        namesChosenAt: now,
        newsletterChosenAt: now,
        interestsChosenAt: now,
      },
    });
    if (confirmed.count === 0) return;
    await clearDeparture(tx, member.email);
    await tx.memberInterest.deleteMany({ where: { userId: memberId } });
    await tx.memberInterest.createMany({
      data: interestIds.map((interestId) => ({ userId: memberId, interestId })),
    });
    await recordMemberChange(tx, { kind: "member", ref: memberId }, "member.confirmed", memberId);
  });
  backgroundWork.wake();
}
