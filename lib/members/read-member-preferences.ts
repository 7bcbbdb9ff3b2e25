import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { rawDate, type RawDate } from "@/lib/raw-date";
import { isNewsletterStop, type NewsletterStopInfo } from "./newsletter-stop";

export type MemberPreferences = {
  newsletter: boolean;
  /** Why and when MailerLite stopped the newsletter, if it did. */
  newsletterStop: NewsletterStopInfo | null;
  interestIds: string[];
};

/**
 * The member's newsletter and interests alone, in one statement: what a toggle answers with (it is the
 * commonest request of a signed-in member, and Prisma's nested read costs several times as much).
 */
export async function readMemberPreferences(memberId: string): Promise<MemberPreferences> {
  const rows = await db.$queryRaw<
    {
      newsletter: boolean | number;
      newsletterStop: string | null;
      stoppedAt: RawDate | null;
      interestId: string | null;
    }[]
  >`
    SELECT u."newsletter", u."newsletterStop", u."newsletterStoppedAt" AS "stoppedAt", mi."interestId"
    FROM "User" u LEFT JOIN "MemberInterest" mi ON mi."userId" = u."id"
    WHERE u."id" = ${memberId}`;
  const [first] = rows;
  if (!first) throw new AppError("UNAUTHENTICATED", "Your account no longer exists.");
  const { newsletterStop, stoppedAt } = first;
  return {
    newsletter: Boolean(first.newsletter),
    newsletterStop:
      isNewsletterStop(newsletterStop) && stoppedAt
        ? { reason: newsletterStop, at: rawDate(stoppedAt) }
        : null,
    interestIds: rows.flatMap((row) => (row.interestId ? [row.interestId] : [])),
  };
}
