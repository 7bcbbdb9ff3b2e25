import "server-only";
import { signUpMember } from "@/lib/members/sign-up-member";
import type { SignupInput } from "@/lib/validation/member";

/**
 * A visitor signs up: open to anyone within the hourly mail limits (see signUpMember). Either way a link is
 * mailed, so the page never reveals whether the address was registered.
 */
export async function signUp(input: SignupInput, ip: string): Promise<void> {
  await signUpMember(input, ip);
}
