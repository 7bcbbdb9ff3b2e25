import { env } from "@/lib/env";

/** Admins are the addresses listed in ADMIN_EMAILS, compared case-insensitively. */
export function isAdminEmail(email: string, admins: readonly string[] = env.ADMIN_EMAILS): boolean {
  return admins.includes(email.trim().toLowerCase());
}

/**
 * An admin's first sign-in: an unconfirmed account with no name is the one their own sign-in request made (a
 * sign-up always has a first name), so the link's click confirms the address and signs them in, with nothing
 * to fill in. An admin who signed up through the form confirms the choices they made, as every member does.
 */
export function isFirstAdminSignIn(
  email: string,
  member: { emailVerified: Date | null; firstName: string },
  admins: readonly string[] = env.ADMIN_EMAILS,
): boolean {
  return !member.emailVerified && member.firstName === "" && isAdminEmail(email, admins);
}
