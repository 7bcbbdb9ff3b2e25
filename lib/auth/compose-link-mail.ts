import "server-only";
import { db } from "@/lib/db";
import type { ComposedMail } from "@/lib/email/deliver-due-mails";
import { confirmEmailMail, noAccountMail, signInMail, welcomeMail } from "@/lib/email/templates";
import { env } from "@/lib/env";
import { createAdminAccount } from "@/lib/members/create-admin-account";
import { isAdminEmail } from "./admins";
import { createLinkToken } from "./link-tokens";

function linkUrl(path: string, email: string, token: string): string {
  return `${env.APP_URL}${path}?${new URLSearchParams({ email, token }).toString()}`;
}

/**
 * The mail a sign-up or sign-in request gets, decided when it is sent (so the request does the same work for
 * every address): a confirmation link for an unconfirmed account, a sign-in link for a confirmed one, a
 * "no account yet" note for an unknown address (an admin's address gets its account). A "welcome" mail (a
 * member an admin added) carries a sign-in link too.
 */
export async function composeLinkMail(to: string, kind = "link"): Promise<ComposedMail> {
  const member =
    (await db.user.findUnique({ where: { email: to }, select: { id: true, emailVerified: true } })) ??
    (isAdminEmail(to) ? await createAdminAccount(to) : null);
  if (!member) return { content: noAccountMail(`${env.APP_URL}/signup`) };
  const { token, abandon } = await createLinkToken(to);
  const content = member.emailVerified
    ? (kind === "welcome" ? welcomeMail : signInMail)(linkUrl("/signin/verify", to, token))
    : confirmEmailMail(linkUrl("/confirm", to, token));
  return { content, abandon };
}
