import "server-only";
import { isAdminEmail, isFirstAdminSignIn } from "@/lib/auth/admins";
import { emailChangeIdentifier, keepOldEmailIdentifier } from "@/lib/auth/email-change-link";
import { isLinkUsable, spendLinkToken, type LinkToken } from "@/lib/auth/link-tokens";
import { getViewer } from "@/lib/auth/session";
import { startSession } from "@/lib/auth/start-session";
import { confirmAdminAccount } from "@/lib/members/confirm-admin-account";
import { findMemberByEmail } from "@/lib/members/find-member-by-email";
import { isPendingEmail } from "@/lib/members/is-pending-email";
import { readSignUpChoices } from "@/lib/members/read-sign-up-choices";
import { confirmMember, type ClickOrigin } from "@/lib/members/confirm-member";
import { changeMemberEmail, type EmailChangeResult } from "@/lib/members/change-member-email";
import { keepOldEmail, type KeepOldEmailResult } from "@/lib/members/keep-old-email";
import type { EmailChangeLinkInput, ReadingChoicesInput } from "@/lib/validation/member";

/**
 * For whoever holds an e-mailed link: the link is the guard of every function here. Opening its page only
 * looks; the person's click on the page's one button uses the link.
 */

export type LinkLanding =
  | { kind: "confirm"; email: string; choices: ReadingChoicesInput }
  | { kind: "sign-in"; email: string };

/** What the link's page shows, or null when the link cannot be used (looking changes nothing). */
export async function landOnLink(link: LinkToken): Promise<LinkLanding | null> {
  if (!(await isLinkUsable(link))) return null;
  const member = await readSignUpChoices(link.email);
  if (!member) return null;
  if (member.emailVerified || isFirstAdminSignIn(member.email, member)) {
    return { kind: "sign-in", email: member.email };
  }
  const { firstName, lastName, newsletter, interestIds } = member;
  return {
    kind: "confirm",
    email: member.email,
    choices: { firstName, lastName, newsletter, interests: interestIds },
  };
}

/**
 * Uses the link and returns its member; null when it cannot be used (expired, used up, its account gone, or a
 * sign-in for an address not yet confirmed: confirming comes first, but for an admin's first sign-in).
 */
async function memberOfLink(link: LinkToken, purpose: "confirm" | "sign-in") {
  const member = await findMemberByEmail(link.email);
  if (!member) return null;
  if (purpose === "sign-in" && !member.emailVerified && !isFirstAdminSignIn(member.email, member)) return null;
  return (await spendLinkToken(link)) ? member : null;
}

/** The click on "Confirm my email": confirms the address with these choices and signs the person in. */
export async function confirmWithLink(link: LinkToken, choices: ReadingChoicesInput, origin: ClickOrigin) {
  const member = await memberOfLink(link, "confirm");
  if (!member) return false;
  await confirmMember(member.id, choices, origin);
  await startSession(member.id);
  return true;
}

/**
 * The click on "Sign in": where the person lands (an admin on /admin, a member on /profile), or null when the
 * link cannot be used. An admin's first sign-in confirms their address.
 */
export async function signInWithLink(link: LinkToken): Promise<"/admin" | "/profile" | null> {
  const member = await memberOfLink(link, "sign-in");
  if (!member) return null;
  if (!member.emailVerified) await confirmAdminAccount(member.id);
  await startSession(member.id);
  return isAdminEmail(member.email) ? "/admin" : "/profile";
}

const changeToken = (link: EmailChangeLinkInput): LinkToken => ({
  email: emailChangeIdentifier(link.member, link.email),
  token: link.token,
});

/** What an address-change link's page shows (looking changes nothing). */
export async function landOnEmailChangeLink(link: EmailChangeLinkInput): Promise<"usable" | "stale" | "unusable"> {
  if (!(await isLinkUsable(changeToken(link)))) return "unusable";
  return (await isPendingEmail(link.member, link.email)) ? "usable" : "stale";
}

/**
 * The click on "Confirm new address": uses the link and changes the address (see changeMemberEmail).
 * `bySelf`: whether this browser is signed in as the link's member (who then goes back to their profile).
 */
export async function confirmEmailChangeWithLink(
  link: EmailChangeLinkInput,
): Promise<{ result: EmailChangeResult | "unusable"; bySelf: boolean }> {
  const bySelf = (await getViewer())?.id === link.member;
  if (!(await spendLinkToken(changeToken(link)))) return { result: "unusable", bySelf };
  return { result: await changeMemberEmail(link.member, link.email), bySelf };
}

const keepToken = (link: EmailChangeLinkInput): LinkToken => ({
  email: keepOldEmailIdentifier(link.member, link.email),
  token: link.token,
});

/** Whether a "keep my old address" link's page offers its button (looking changes nothing). */
export async function landOnKeepOldEmailLink(link: EmailChangeLinkInput, now = new Date()): Promise<boolean> {
  return isLinkUsable(keepToken(link), now);
}

/** The click on "Keep my old address": uses the link and gives the old address back (see keepOldEmail). */
export async function keepOldEmailWithLink(
  link: EmailChangeLinkInput,
  now = new Date(),
): Promise<KeepOldEmailResult | "unusable"> {
  if (!(await spendLinkToken(keepToken(link), now))) return "unusable";
  return (await keepOldEmail(link.member, link.email)) ?? "unusable";
}
