import "server-only";
import { db } from "@/lib/db";
import type { ComposedMail, MailComposer } from "@/lib/email/deliver-due-mails";
import {
  confirmEmailMail,
  emailChangeMail,
  emailChangeNoticeMail,
  noAccountMail,
  signInMail,
  welcomeMail,
} from "@/lib/email/templates";
import { env } from "@/lib/env";
import { createAdminAccount } from "@/lib/members/create-admin-account";
import { isAdminEmail } from "./admins";
import { emailChangeIdentifier } from "./email-change-link";
import { createLinkToken } from "./link-tokens";

function linkUrl(path: string, params: Record<string, string>): string {
  return `${env.APP_URL}${path}?${new URLSearchParams(params).toString()}`;
}

/** "a…@example.org": enough for the owner to recognise an address, not to read it. */
const masked = (email: string) => `${email.slice(0, 1)}…${email.slice(email.lastIndexOf("@"))}`;

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
    ? (kind === "welcome" ? welcomeMail : signInMail)(linkUrl("/signin/verify", { email: to, token }))
    : confirmEmailMail(linkUrl("/confirm", { email: to, token }));
  return { content, abandon };
}

/** Every queued mail, composed when it is sent: links are made then, so none is ever stored. */
export const composeMail: MailComposer = async ({ to, kind, memberId }) => {
  if (kind === "email-change" && memberId) {
    const { token, abandon } = await createLinkToken(emailChangeIdentifier(memberId, to));
    return {
      content: emailChangeMail(linkUrl("/email-change", { member: memberId, email: to, token })),
      abandon,
    };
  }
  if (kind === "email-change-notice" && memberId) {
    const member = await db.user.findUnique({
      where: { id: memberId },
      select: { email: true, pendingEmail: true },
    });
    // Once the change is confirmed, the new address is the member's own.
    const newAddress = member?.pendingEmail ?? (member && member.email !== to ? member.email : null);
    return {
      content: emailChangeNoticeMail(
        newAddress ? masked(newAddress) : "a new address",
        `${env.APP_URL}/signin`,
      ),
    };
  }
  return composeLinkMail(to, kind);
};
