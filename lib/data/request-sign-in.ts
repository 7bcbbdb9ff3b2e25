import "server-only";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";

/** A visitor asks for a sign-in link: open to anyone within the hourly mail limits (see requestSignInLink). */
export async function requestSignIn(email: string, ip: string): Promise<void> {
  await requestSignInLink(email, ip);
}
