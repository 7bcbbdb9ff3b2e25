import "server-only";
import { signIn } from "./config";

/** Has Auth.js create a sign-in link for `email` (stored hashed) and queue the mail that carries it. */
export async function sendSignInLink(email: string): Promise<void> {
  await signIn("email", { email, redirect: false, redirectTo: "/profile" });
}
