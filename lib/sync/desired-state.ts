import { isSuppression } from "@/lib/members/newsletter-stop";
import type { Desired } from "./member-state";

/** What the sync needs to know of a member's own choices. */
export type MemberChoices = {
  email: string;
  firstName: string;
  lastName: string;
  newsletter: boolean;
  confirmed: boolean;
  /** Set when MailerLite stopped the newsletter (see adoptMailerLiteStatus). */
  newsletterStop: string | null;
  /** The MailerLite group of each chosen interest; null while an interest has none yet. */
  interestGroupIds: (string | null)[];
};

/**
 * Who should be a MailerLite subscriber: a member who confirmed their address and wants the newsletter, in
 * the group of each interest they chose, and a member whose newsletter MailerLite suppressed (its subscriber
 * stays, as MailerLite's record of the unsubscribe; deleting it would let the address be re-added). Anyone else should not be; a deleted member (`member` null) is
 * erased, found by `knownEmail` when its subscriber's id is unknown. Null while a chosen interest has no
 * group yet.
 */
export function desiredState(member: MemberChoices | null, knownEmail: string | null): Desired | null {
  if (!member) return { present: false, email: knownEmail, erase: true };
  if (!member.confirmed) return { present: false, email: member.email, erase: false };
  const suppressed = isSuppression(member.newsletterStop) ? member.newsletterStop : null;
  if (!member.newsletter && !suppressed) return { present: false, email: member.email, erase: false };
  if (member.interestGroupIds.some((id) => !id)) return null;
  return {
    present: true,
    email: member.email,
    name: member.firstName,
    lastName: member.lastName,
    groupIds: [...new Set(member.interestGroupIds as string[])].sort(),
    suppressed,
  };
}
