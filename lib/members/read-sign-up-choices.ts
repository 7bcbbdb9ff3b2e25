import "server-only";
import { db } from "@/lib/db";

/** What a person chose when signing up with this address (shown again for them to confirm), or null. */
export async function readSignUpChoices(email: string) {
  const member = await db.user.findUnique({
    where: { email },
    select: {
      email: true,
      emailVerified: true,
      firstName: true,
      lastName: true,
      newsletter: true,
      interests: { select: { interestId: true } },
    },
  });
  if (!member) return null;
  const { interests, ...rest } = member;
  return { ...rest, interestIds: interests.map((i) => i.interestId) };
}
