import "server-only";
import { getClubSettings } from "@/lib/club/club-settings";
import { db } from "@/lib/db";
import type { ComposedMail, MailComposer } from "@/lib/email/deliver-due-mails";
import { mailTemplates, type MailTemplates } from "@/lib/email/templates";
import { env } from "@/lib/env";
import { createAdminAccount } from "@/lib/members/create-admin-account";
import { isAdminEmail, isFirstAdminSignIn } from "./admins";
import {
  emailChangeIdentifier,
  KEEP_OLD_EMAIL_MAX_AGE_SECONDS,
  keepOldEmailIdentifier,
} from "./email-change-link";
import { createLinkToken } from "./link-tokens";

function linkUrl(path: string, params: Record<string, string>): string {
  return `${env.APP_URL}${path}?${new URLSearchParams(params).toString()}`;
}

/** "a…@example.org": enough for the owner to recognise an address, not to read it. */
const masked = (email: string) => `${email.slice(0, 1)}…${email.slice(email.lastIndexOf("@"))}`;

/**
 * The mail a sign-up or sign-in request gets, decided when it is sent (so the request does the same work for
 * every address): a confirmation link for an unconfirmed account, a sign-in link for a confirmed one, a
 * "no account yet" note for an unknown address (an admin's address gets its account, and a first sign-in
 * link). A "welcome" mail (a member an admin added) carries a sign-in link too, and so does "sign-in-again" (a
 * change of address asked for from an old sign-in).
 */
async function composeLinkMail(mails: MailTemplates, to: string, kind: string): Promise<ComposedMail> {
  const member =
    (await db.user.findUnique({
      where: { email: to },
      select: { id: true, emailVerified: true, firstName: true },
    })) ?? (isAdminEmail(to) ? await createAdminAccount(to) : null);
  if (!member) return { content: mails.noAccountMail(`${env.APP_URL}/signup`) };
  const { token, abandon } = await createLinkToken(to);
  if (member.emailVerified || isFirstAdminSignIn(to, member)) {
    const url = linkUrl("/signin/verify", { email: to, token });
    const mail = !member.emailVerified
      ? mails.firstSignInMail
      : kind === "welcome"
        ? mails.welcomeMail
        : kind === "sign-in-again"
          ? mails.signInAgainMail
          : mails.signInMail;
    return { content: mail(url), abandon };
  }
  const url = linkUrl("/confirm", { email: to, token });
  return { content: mails.confirmEmailMail(url), abandon };
}

/** Every queued mail, composed when it is sent in the club's name: links are made then, so none is stored. */
export const composeMail: MailComposer = async ({ to, kind, memberId }) => {
  const club = await getClubSettings();
  const mails = mailTemplates(club.name);
  const composed = await composeContent(mails, { to, kind, memberId });
  return { ...composed, fromName: club.senderName };
};

async function composeContent(
  mails: MailTemplates,
  { to, kind, memberId }: Parameters<MailComposer>[0],
): Promise<ComposedMail> {
  if (kind === "email-change" && memberId) {
    const { token, abandon } = await createLinkToken(emailChangeIdentifier(memberId, to));
    const url = linkUrl("/email-change", { member: memberId, email: to, token });
    return { content: mails.emailChangeMail(url), abandon };
  }
  if (kind === "email-change-notice" && memberId) {
    const member = await db.user.findUnique({
      where: { id: memberId },
      select: { email: true, pendingEmail: true },
    });
    // Once the change is confirmed, the new address is the member's own.
    const newAddress = member?.pendingEmail ?? (member && member.email !== to ? member.email : null);
    const { token, abandon } = await createLinkToken(
      keepOldEmailIdentifier(memberId, to),
      KEEP_OLD_EMAIL_MAX_AGE_SECONDS,
    );
    const url = linkUrl("/email-change/undo", { member: memberId, email: to, token });
    return {
      content: mails.emailChangeNoticeMail(newAddress ? masked(newAddress) : "a new address", url),
      abandon,
    };
  }
  return composeLinkMail(mails, to, kind);
}
