import type { Departure } from "@/lib/members/departed-address";
import { departureRefusal } from "@/lib/members/departure-refusal";
import { isNewsletterStop } from "@/lib/members/newsletter-stop";
import type { ImportRow } from "./read-import-rows";

/** What the import needs to know of a member already registered under a row's address. */
export type ExistingMember = {
  id: string;
  firstName: string;
  lastName: string;
  newsletter: boolean;
  newsletterStop: string | null;
  interestIds: string[];
  /** What the member set themselves (their sign-up's confirmation, /profile): no file changes it. */
  chose: { names: boolean; newsletter: boolean; interests: boolean };
};

/**
 * What the admin confirmed for the file: "These people agreed to receive the newsletter" (new members may be
 * subscribed) and "These members asked for the interests in this file" (existing members may get them).
 */
export type FileStatements = { newsletter: boolean; interests: boolean };

export type RowChange =
  | { kind: "invalid"; problem: string }
  | {
      kind: "create";
      firstName: string;
      lastName: string;
      newsletter: boolean;
      interestIds: string[];
    }
  | {
      kind: "update";
      memberId: string;
      fields: { firstName?: string; lastName?: string };
      addInterestIds: string[];
      note: string | null;
    }
  | { kind: "unchanged"; memberId: string; note: string | null };

/** "Newsletter and names kept: the member's own choice". */
function keptNote(kept: string[]): string | null {
  if (kept.length === 0) return null;
  const list = kept.length === 1 ? kept[0]! : `${kept.slice(0, -1).join(", ")} and ${kept.at(-1)}`;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} kept: the member's own choice`;
}

function newsletterNote(existing: ExistingMember): string {
  if (isNewsletterStop(existing.newsletterStop)) {
    return `Newsletter not turned on: the address was ${existing.newsletterStop === "junk" ? "marked as spam" : existing.newsletterStop} in MailerLite`;
  }
  return "Newsletter not turned on: an import subscribes new members only";
}

/**
 * What importing a row does. A person who left (deleted their account, or was erased in MailerLite) is not
 * brought back. A new address becomes a confirmed member (the admin vouches for the list), subscribed only
 * under the file's consent. An existing member is never subscribed by a file; what they set themselves
 * (names, newsletter, interests) is kept; names they never set are filled from the row, and interests are
 * added only where the admin confirmed that the members asked for them. An import never removes an
 * interest, turns a newsletter off or confirms an address for its owner, so a re-imported export changes
 * nothing.
 */
export function planRowChange(
  row: ImportRow,
  existing: ExistingMember | null,
  departure: Departure | null,
  statements: FileStatements,
): RowChange {
  if (row.problems.length > 0) return { kind: "invalid", problem: row.problems.join("; ") };
  if (departure) return { kind: "invalid", problem: departureRefusal(departure) };
  if (!existing) {
    if (row.firstName === null) return { kind: "invalid", problem: "First name: a new member needs one" };
    return {
      kind: "create",
      firstName: row.firstName,
      lastName: row.lastName ?? "",
      newsletter: statements.newsletter && row.newsletter === true,
      interestIds: row.interestIds ?? [],
    };
  }
  const kept: string[] = [];
  const notes: string[] = [];
  if (statements.newsletter && row.newsletter === true && !existing.newsletter) {
    if (existing.chose.newsletter && !isNewsletterStop(existing.newsletterStop)) kept.push("newsletter");
    else notes.push(newsletterNote(existing));
  }
  const renamed: Extract<RowChange, { kind: "update" }>["fields"] = {};
  if (row.firstName !== null && row.firstName !== existing.firstName) renamed.firstName = row.firstName;
  if (row.lastName !== null && row.lastName !== existing.lastName) renamed.lastName = row.lastName;
  const namesKept = existing.chose.names && Object.keys(renamed).length > 0;
  if (namesKept) kept.push("names");
  const fields = namesKept ? {} : renamed;
  const held = new Set(existing.interestIds);
  const added = statements.interests ? (row.interestIds ?? []).filter((id) => !held.has(id)) : [];
  const interestsKept = existing.chose.interests && added.length > 0;
  if (interestsKept) kept.push("interests");
  const addInterestIds = interestsKept ? [] : added;
  const note = [keptNote(kept), ...notes].filter(Boolean).join("; ") || null;
  if (Object.keys(fields).length === 0 && addInterestIds.length === 0) {
    return { kind: "unchanged", memberId: existing.id, note };
  }
  return { kind: "update", memberId: existing.id, fields, addInterestIds, note };
}
