import { signUp } from "@/lib/data/sign-up";
import { db } from "@/lib/db";
import { confirmMember } from "@/lib/members/confirm-member";
import { deleteMember } from "@/lib/members/delete-member";
import { keepOldEmail } from "@/lib/members/keep-old-email";
import { setMemberPreference } from "@/lib/members/set-member-preference";
import { changeMemberEmail } from "@/lib/members/change-member-email";
import { requestEmailChange } from "@/lib/members/request-email-change";
import { updateMemberName } from "@/lib/members/update-member-name";
import type { PreferenceChange, ProfileNameInput } from "@/lib/validation/member";

/** The owner's click on "Confirm my email", keeping the choices made at sign-up. */
async function confirmMemberEmail(memberId: string): Promise<void> {
  const member = await db.user.findUniqueOrThrow({
    where: { id: memberId },
    select: {
      firstName: true,
      lastName: true,
      newsletter: true,
      interests: { select: { interestId: true } },
    },
  });
  const choices = { ...member, interests: member.interests.map((i) => i.interestId) };
  await confirmMember(memberId, choices, { ip: "10.0.0.1", userAgent: "test" });
}

/** The member the own-account actions below act for (the sync tests run without a session). */
export const actingAs = { id: "" };

/** Member changes as the app makes them, through the same functions its actions reach. */
export const memberActions = {
  signUp,
  confirmMemberEmail,
  setOwnPreference: (change: PreferenceChange) => setMemberPreference(actingAs.id, change),
  updateOwnName: (input: ProfileNameInput) => updateMemberName(actingAs.id, input),
  /** "Change e-mail", then the click on the link mailed to the new address. */
  changeOwnEmail: async (newEmail: string) => {
    await requestEmailChange(actingAs.id, newEmail, { ip: "10.0.0.1", signedInAt: new Date() });
    return changeMemberEmail(actingAs.id, newEmail);
  },
  /** "Keep my old address", the link in the notice mailed to the old address. */
  keepOldEmail: (oldEmail: string) => keepOldEmail(actingAs.id, oldEmail),
  deleteOwnAccount: () =>
    deleteMember(actingAs.id, { kind: "member", ref: actingAs.id }, "member.deleted_own_account", {
      departure: "member",
    }),
};
