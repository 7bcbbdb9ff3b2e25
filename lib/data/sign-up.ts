import "server-only";
import { transaction } from "@/lib/transaction";
import { countMailAttempt } from "@/lib/email/mail-limits";
import { signUpMember } from "@/lib/members/sign-up-member";
import { backgroundWork } from "@/lib/outbox/background-work";
import type { SignupInput } from "@/lib/validation/member";

/**
 * A visitor signs up: open to anyone within the hourly mail limits, counted in the transaction that signs
 * them up (a refused attempt stores nothing). See signUpMember: either way a link is mailed, so the page
 * never reveals whether the address was registered.
 */
export async function signUp(input: SignupInput, ip: string): Promise<void> {
  await transaction(async (tx) => {
    await countMailAttempt(tx, input.email, ip);
    await signUpMember(tx, input);
  });
  backgroundWork.wake();
}
