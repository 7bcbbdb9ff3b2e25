import "server-only";
import type { Tx } from "@/lib/db";
import { searchTextOf } from "./search-text";

export type ConfirmedMemberFields = {
  email: string;
  firstName: string;
  lastName: string;
  newsletter: boolean;
  interestIds: string[];
  /** What the person agreed to, as the admin recorded it; required with the newsletter. */
  consentDetail: string | null;
};

/**
 * Members an admin vouches for (added by hand or imported): confirmed from the start. Returns each one's id
 * by address. A few statements for any number of members, so that an import of thousands stays quick.
 */
export async function createConfirmedMembers(
  tx: Tx,
  members: ConfirmedMemberFields[],
  now: Date,
): Promise<Map<string, string>> {
  if (members.length === 0) return new Map();
  const created = await tx.user.createManyAndReturn({
    data: members.map(({ email, firstName, lastName, newsletter, consentDetail }) => ({
      email,
      firstName,
      lastName,
      newsletter,
      searchText: searchTextOf({ email, firstName, lastName }),
      emailVerified: now,
      ...(consentDetail ? { consentedAt: now, consentDetail } : {}),
    })),
    select: { id: true, email: true },
  });
  const idOf = new Map(created.map((m) => [m.email, m.id]));
  const choices = members.flatMap((m) =>
    m.interestIds.map((interestId) => ({ userId: idOf.get(m.email)!, interestId })),
  );
  if (choices.length > 0) await tx.memberInterest.createMany({ data: choices });
  return idOf;
}
