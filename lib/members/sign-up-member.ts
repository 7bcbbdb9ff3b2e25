import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";
import { countMailAttempt } from "@/lib/email/mail-limits";
import { enqueueMail } from "@/lib/email/mail-outbox";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";
import type { SignupInput } from "@/lib/validation/member";
import { assertActiveInterests } from "./assert-active-interests";
import { addOfferedInterests, insertNewMember } from "./insert-new-member";
import { recordMemberChange } from "./record-member-change";
import { searchTextOf } from "./search-text";

function choicesOf(input: SignupInput, interests: string[]) {
  const { firstName, lastName, newsletter } = input;
  return { firstName, lastName, newsletter, searchText: searchTextOf(input), interests };
}

/**
 * An unconfirmed account's pending choices are replaced: the owner confirms what they see. False (nothing
 * changed) when the owner confirmed meanwhile: their consent is never overwritten by a visitor.
 */
async function replacePendingChoices(tx: Tx, memberId: string, choices: ReturnType<typeof choicesOf>) {
  const { interests, ...fields } = choices;
  const pending = await tx.user.updateMany({ where: { id: memberId, emailVerified: null }, data: fields });
  if (pending.count === 0) return false;
  await tx.memberInterest.deleteMany({ where: { userId: memberId } });
  await tx.memberInterest.createMany({
    data: interests.map((interestId) => ({ userId: memberId, interestId })),
  });
  await recordMemberChange(tx, { kind: "visitor" }, "member.signup_replaced", memberId);
  return true;
}

/**
 * A visitor signs up, within the hourly mail limits (counted in the same transaction: a refused attempt
 * stores nothing). Creates the unconfirmed account with its choices, or replaces the choices of one not yet
 * confirmed; a confirmed account changes nothing. Either way a link is mailed, so the page never reveals
 * whether the address was registered.
 */
export async function signUpMember(input: SignupInput, ip: string): Promise<void> {
  const choices = choicesOf(input, [...new Set(input.interests)]);
  await transaction(async (tx) => {
    await countMailAttempt(tx, input.email, ip);
    await enqueueMail(tx, { to: input.email, kind: "link" });
    const { interests, ...fields } = choices;
    const created = await insertNewMember(tx, { email: input.email, ...fields });
    if (created) {
      // No sync row yet: MailerLite has nothing to do for an unconfirmed member; the confirmation makes it.
      await addOfferedInterests(tx, created, interests);
      await recordAudit(tx, {
        actor: { kind: "member", ref: created },
        action: "member.signed_up",
        subject: created,
      });
      return;
    }
    await assertActiveInterests(tx, interests);
    const existing = await tx.user.findUniqueOrThrow({
      where: { email: input.email },
      select: { id: true, emailVerified: true },
    });
    if (!existing.emailVerified && (await replacePendingChoices(tx, existing.id, choices))) return;
    await recordAudit(tx, {
      actor: { kind: "visitor" },
      action: "member.signup_repeated",
      subject: existing.id,
    });
  });
  backgroundWork.wake();
}
