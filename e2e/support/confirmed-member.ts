import { consentDetailOf } from "../../lib/members/consent-detail";
import { searchTextOf } from "../../lib/members/search-text";
import { testDb } from "./db";
import type { NewMember } from "./fixtures";

/**
 * Writes the rows a confirmation click leaves (lib/members/confirm-member.ts), in one transaction: the member,
 * confirmed with their consent and their own choices, their interests (by name), the audit entry and the
 * MailerLite outbox row, which the app's sync picks up on its next poll. Returns the member's id.
 */
export async function insertConfirmedMember(member: NewMember, now = new Date()): Promise<string> {
  const newsletter = member.newsletter ?? false;
  const names = member.interests ?? [];
  return testDb().$transaction(async (tx) => {
    const interests = await tx.interest.findMany({
      where: { name: { in: names } },
      orderBy: { name: "asc" },
    });
    if (interests.length !== names.length) throw new Error(`No interest among ${names.join(", ")}`);
    const { id } = await tx.user.create({
      data: {
        email: member.email,
        firstName: member.firstName,
        lastName: member.lastName,
        searchText: searchTextOf(member),
        newsletter,
        emailVerified: now,
        consentedAt: now,
        consentDetail: consentDetailOf(
          newsletter,
          interests.map((i) => i.name),
        ),
        consentIp: "127.0.0.1",
        consentUserAgent: "e2e fixture",
        namesChosenAt: now,
        newsletterChosenAt: now,
        interestsChosenAt: now,
        interests: { create: interests.map((interest) => ({ interestId: interest.id })) },
      },
      select: { id: true },
    });
    await tx.auditEntry.create({
      data: { createdAt: now, actorKind: "member", actorRef: id, action: "member.confirmed", subject: id },
    });
    await tx.memberSync.create({ data: { memberId: id, nextAttemptAt: now, pendingSince: now } });
    return id;
  });
}
