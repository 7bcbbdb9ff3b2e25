import { env } from "@/lib/env";

/** Admins are the addresses listed in ADMIN_EMAILS, compared case-insensitively. */
export function isAdminEmail(email: string, admins: readonly string[] = env.ADMIN_EMAILS): boolean {
  return admins.includes(email.trim().toLowerCase());
}
