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

/** A member an admin vouches for (added by hand or imported): confirmed from the start. */
export async function createConfirmedMember(
  tx: Tx,
  member: ConfirmedMemberFields,
  now: Date,
): Promise<string> {
  const { interestIds, consentDetail, ...fields } = member;
  const created = await tx.user.create({
    data: {
      ...fields,
      searchText: searchTextOf(fields),
      emailVerified: now,
      ...(consentDetail ? { consentedAt: now, consentDetail } : {}),
      interests: { create: interestIds.map((interestId) => ({ interestId })) },
    },
    select: { id: true },
  });
  return created.id;
}
