import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { backgroundWork } from "@/lib/background/signal";
import { db } from "@/lib/db";
import { countMailAttempt } from "@/lib/email/mail-limits";
import { assertActiveInterests } from "@/lib/members/assert-active-interests";
import { recordMemberChange } from "@/lib/members/record-member-change";
import type { SignupInput } from "@/lib/validation/member";

/**
 * A visitor signs up: open to anyone within the hourly mail limits (the link the caller sends counts).
 * Creates the unconfirmed account with its choices. For an address that already has an account nothing
 * changes; either way the caller sends a link, so the page never reveals whether it was registered.
 */
export async function signUp(input: SignupInput, ip: string): Promise<void> {
  const interests = [...new Set(input.interests)];
  await db.$transaction(async (tx) => {
    await assertActiveInterests(tx, interests);
    await countMailAttempt(tx, input.email, ip);
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) {
      await recordAudit(tx, { actor: { kind: "visitor" }, action: "member.signup_repeated", subject: existing.id });
      return;
    }
    const member = await tx.user.create({
      data: {
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        newsletter: input.newsletter,
        interests: { create: interests.map((interestId) => ({ interestId })) },
      },
      select: { id: true },
    });
    await recordMemberChange(tx, { kind: "member", ref: member.id }, "member.signed_up", member.id);
  });
  backgroundWork.wake();
}
