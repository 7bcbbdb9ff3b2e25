import "server-only";
import { db } from "@/lib/db";

/** The member fields shown wherever a member's record is: an admin's detail, the export, the member's copy. */
export const memberRecordSelect = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  createdAt: true,
  emailVerified: true,
  newsletter: true,
  newsletterStop: true,
  newsletterStoppedAt: true,
  mailerliteId: true,
} as const;

/** The interest each MailerLite group stands for, by group id. */
export async function interestNameByGroup(): Promise<Map<string, string>> {
  const groups = await db.interest.findMany({
    where: { groupId: { not: null } },
    select: { groupId: true, name: true },
  });
  return new Map(groups.map((g) => [g.groupId!, g.name]));
}
