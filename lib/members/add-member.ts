import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueMail } from "@/lib/email/mail-outbox";
import { AppError } from "@/lib/errors";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";
import type { AddMemberInput } from "@/lib/validation/admin-member";
import { NEWSLETTER_CONSENT_LABEL } from "@/lib/validation/consent-labels";
import { assertActiveInterests } from "./assert-active-interests";
import { createConfirmedMembers } from "./create-confirmed-member";
import { findDeparture } from "./departed-address";
import { departureRefusal } from "./departure-refusal";
import { recordMemberChange } from "./record-member-change";

/**
 * A member an admin adds: confirmed at once (the admin vouches for the address), with the newsletter only
 * under the consent the admin recorded, and a welcome mail with a sign-in link. An address already registered
 * is refused, as sign-up would not create it twice, and so is a person who left (only they may come back).
 */
export async function addMember(
  input: AddMemberInput,
  admin: { id: string; email: string },
  now = new Date(),
): Promise<string> {
  const memberId = await transaction((tx) => addMemberRows(tx, input, admin, now));
  backgroundWork.wake();
  return memberId;
}

async function addMemberRows(
  tx: Tx,
  input: AddMemberInput,
  admin: { id: string; email: string },
  now: Date,
): Promise<string> {
  const interestIds = [...new Set(input.interests)];
  await assertActiveInterests(tx, interestIds);
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("CONFLICT", "A member with this address already exists", "email");
  }
  const departure = await findDeparture(tx, input.email);
  if (departure) throw new AppError("CONFLICT", departureRefusal(departure), "email");
  const names = await tx.interest.findMany({ where: { id: { in: interestIds } }, select: { name: true } });
  const consentDetail = input.newsletter
    ? `Added by the admin ${admin.email}, who confirmed: "${NEWSLETTER_CONSENT_LABEL}". Weekly newsletter: yes. Interests: ${
        names
          .map((i) => i.name)
          .sort()
          .join(", ") || "none"
      }.`
    : null;
  const { email, firstName, lastName, newsletter } = input;
  const created = await createConfirmedMembers(
    tx,
    [{ email, firstName, lastName, newsletter, interestIds, consentDetail }],
    now,
  );
  const memberId = created.get(email)!;
  await recordMemberChange(
    tx,
    { kind: "admin", ref: admin.id },
    "member.added_by_admin",
    memberId,
    input.newsletter ? "newsletter consent recorded by the admin" : undefined,
  );
  await enqueueMail(tx, { to: email, kind: "welcome" });
  return memberId;
}
