import "server-only";
import type { Tx } from "@/lib/db";
import type { ExistingMember } from "./plan-row-change";

/** The members registered under these addresses, by address, as the import compares them. */
export async function existingMembers(tx: Tx, emails: string[]): Promise<Map<string, ExistingMember>> {
  const found = new Map<string, ExistingMember>();
  for (let start = 0; start < emails.length; start += 500) {
    const members = await tx.user.findMany({
      where: { email: { in: emails.slice(start, start + 500) } },
      select: {
        id: true,
        email: true,
        firstName: true,
        lastName: true,
        newsletter: true,
        newsletterStop: true,
        namesChosenAt: true,
        newsletterChosenAt: true,
        interestsChosenAt: true,
        interests: { select: { interestId: true } },
      },
    });
    for (const {
      email,
      interests,
      namesChosenAt,
      newsletterChosenAt,
      interestsChosenAt,
      ...member
    } of members) {
      found.set(email, {
        ...member,
        interestIds: interests.map((i) => i.interestId),
        chose: {
          names: namesChosenAt !== null,
          newsletter: newsletterChosenAt !== null,
          interests: interestsChosenAt !== null,
        },
      });
    }
  }
  return found;
}
