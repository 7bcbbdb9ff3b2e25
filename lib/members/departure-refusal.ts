import { formatTime } from "@/lib/format-time";
import type { Departure } from "./departed-address";

/** Why an admin or an import cannot bring back a person who left, and what the person can do. */
export function departureRefusal({ departedAt, reason }: Departure): string {
  const when = formatTime(departedAt);
  const what =
    reason === "member"
      ? `This person deleted their account on ${when}`
      : reason === "admin"
        ? `An admin deleted this person's account on ${when}`
        : `This person was erased from MailerLite on ${when}`;
  return `${what}; they can sign up again themselves`;
}
