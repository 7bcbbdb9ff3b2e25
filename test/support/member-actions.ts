import { signUp } from "@/lib/data/sign-up";
import { confirmMemberEmail } from "@/lib/members/confirm-member-email";
import { deleteMember } from "@/lib/members/delete-member";
import { setMemberPreference } from "@/lib/members/set-member-preference";
import { updateMemberName } from "@/lib/members/update-member-name";
import type { PreferenceChange, ProfileNameInput } from "@/lib/validation/member";

/** The member the own-account actions below act for (the sync tests run without a session). */
export const actingAs = { id: "" };

/** Member changes as the app makes them, through the same functions its actions reach. */
export const memberActions = {
  signUp,
  confirmMemberEmail,
  setOwnPreference: (change: PreferenceChange) => setMemberPreference(actingAs.id, change),
  updateOwnName: (input: ProfileNameInput) => updateMemberName(actingAs.id, input),
  deleteOwnAccount: () =>
    deleteMember(actingAs.id, { kind: "member", ref: actingAs.id }, "member.deleted_own_account"),
};
