import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isNewsletterStop } from "./newsletter-stop";
import type { MemberPreferences } from "./read-member-preferences";

export type MemberProfile = MemberPreferences & {
  email: string;
  firstName: string;
  lastName: string;
  /** Interests the member still has that are no longer offered: shown so that they can untick them. */
  retiredInterests: { id: string; name: string }[];
};

/** What the member's profile shows of them. */
export async function readMemberProfile(memberId: string): Promise<MemberProfile> {
  const member = await db.user.findUnique({
    where: { id: memberId },
    select: {
      email: true,
      firstName: true,
      lastName: true,
      newsletter: true,
      newsletterStop: true,
      newsletterStoppedAt: true,
      interests: { select: { interestId: true, interest: { select: { name: true, archivedAt: true } } } },
    },
  });
  if (!member) throw new AppError("UNAUTHENTICATED", "Your account no longer exists.");
  const { interests, newsletterStop, newsletterStoppedAt, ...rest } = member;
  const stop =
    isNewsletterStop(newsletterStop) && newsletterStoppedAt
      ? { reason: newsletterStop, at: newsletterStoppedAt }
      : null;
  return {
    ...rest,
    newsletterStop: stop,
    interestIds: interests.map((i) => i.interestId),
    retiredInterests: interests
      .filter((i) => i.interest.archivedAt !== null)
      .map((i) => ({ id: i.interestId, name: i.interest.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
