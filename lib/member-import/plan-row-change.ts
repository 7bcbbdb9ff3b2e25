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
};

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
      fields: { firstName?: string; lastName?: string; newsletter?: true };
      addInterestIds: string[];
      note: string | null;
    }
  | { kind: "unchanged"; memberId: string; note: string | null };

/**
 * What importing a row does. A new address becomes a confirmed member (the admin vouches for the list); an
 * existing member gets the names the row gives and the interests it adds (an import never removes an
 * interest, turns a newsletter off or confirms an address for its owner, so a re-imported export changes
 * nothing). The newsletter is turned on only under the admin's consent for the
 * file, and never for an address MailerLite stopped: that is the person's own decision.
 */
export function planRowChange(row: ImportRow, existing: ExistingMember | null, consent: boolean): RowChange {
  if (row.problems.length > 0) return { kind: "invalid", problem: row.problems.join("; ") };
  const wantsNewsletter = consent && row.newsletter === true;
  if (!existing) {
    if (row.firstName === null) return { kind: "invalid", problem: "First name: a new member needs one" };
    return {
      kind: "create",
      firstName: row.firstName,
      lastName: row.lastName ?? "",
      newsletter: wantsNewsletter,
      interestIds: row.interestIds ?? [],
    };
  }
  const fields: Extract<RowChange, { kind: "update" }>["fields"] = {};
  if (row.firstName !== null && row.firstName !== existing.firstName) fields.firstName = row.firstName;
  if (row.lastName !== null && row.lastName !== existing.lastName) fields.lastName = row.lastName;
  let note: string | null = null;
  if (wantsNewsletter && !existing.newsletter) {
    if (isNewsletterStop(existing.newsletterStop)) {
      note = `Newsletter not turned on: the address was ${existing.newsletterStop === "junk" ? "marked as spam" : existing.newsletterStop} in MailerLite`;
    } else fields.newsletter = true;
  }
  const held = new Set(existing.interestIds);
  const addInterestIds = (row.interestIds ?? []).filter((id) => !held.has(id));
  if (Object.keys(fields).length === 0 && addInterestIds.length === 0) {
    return { kind: "unchanged", memberId: existing.id, note };
  }
  return { kind: "update", memberId: existing.id, fields, addInterestIds, note };
}
