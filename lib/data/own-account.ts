import "server-only";
import { endAllSessions } from "@/lib/auth/end-all-sessions";
import { requireMember } from "@/lib/auth/session";
import { sessionSignedInAt } from "@/lib/auth/session-signed-in-at";
import { deleteMember } from "@/lib/members/delete-member";
import { exportMemberData } from "@/lib/members/export-member-data";
import { readMemberPreferences, type MemberPreferences } from "@/lib/members/read-member-preferences";
import { readMemberProfile, type MemberProfile } from "@/lib/members/read-member-profile";
import { readPendingEmail } from "@/lib/members/read-pending-email";
import { requestEmailChange, type EmailChangeRequest } from "@/lib/members/request-email-change";
import { saveMemberPreferences } from "@/lib/members/save-member-preferences";
import { setMemberPreference } from "@/lib/members/set-member-preference";
import { updateMemberName } from "@/lib/members/update-member-name";
import type { PreferenceChange, ProfileNameInput } from "@/lib/validation/member";

/** The signed-in member's own account: every function acts on the session's member and no other. */

export type OwnProfile = MemberProfile;
export type OwnPreferences = MemberPreferences;

/** The newsletter and interests alone: what a toggle answers with. */
export async function getOwnPreferences(): Promise<OwnPreferences> {
  const viewer = await requireMember();
  return readMemberPreferences(viewer.id);
}

export async function getOwnProfile(): Promise<OwnProfile> {
  const viewer = await requireMember();
  return readMemberProfile(viewer.id);
}

export async function updateOwnName(input: ProfileNameInput): Promise<void> {
  const viewer = await requireMember();
  await updateMemberName(viewer.id, input);
}

/** Ticks or unticks the newsletter or one interest. */
export async function setOwnPreference(change: PreferenceChange): Promise<void> {
  const viewer = await requireMember();
  await setMemberPreference(viewer.id, change);
}

/**
 * Ends every session of the member, on every device, and every link mailed to them that could start another
 * (the caller then signs this browser out).
 */
export async function endAllOwnSessions(): Promise<void> {
  const viewer = await requireMember();
  await endAllSessions(viewer);
}

export async function deleteOwnAccount(): Promise<void> {
  const viewer = await requireMember();
  await deleteMember(viewer.id, { kind: "member", ref: viewer.id }, "member.deleted_own_account", {
    departure: "member",
  });
}

/**
 * "Change e-mail": mails a link to the new address and a notice to the current one, or, when this session's
 * sign-in is more than an hour old, a fresh sign-in link to the current address first. The answer is the same
 * whether or not the new address belongs to someone (the confirmation refuses it then).
 */
export async function requestOwnEmailChange(
  newEmail: string,
  ip: string,
): Promise<{ result: EmailChangeRequest; currentEmail: string }> {
  const viewer = await requireMember();
  const signedInAt = (await sessionSignedInAt(viewer.id)) ?? new Date(0);
  const result = await requestEmailChange(viewer.id, newEmail, { ip, signedInAt });
  return { result, currentEmail: viewer.email };
}

/** The address change waiting for its link, if any. */
export async function getOwnPendingEmail(): Promise<{ email: string; requestedAt: Date } | null> {
  const viewer = await requireMember();
  return readPendingEmail(viewer.id);
}

/**
 * "Download my data": everything the app holds about the member (and nothing about anyone else), as of now.
 * The download is written to the audit log.
 */
export async function exportOwnData() {
  const viewer = await requireMember();
  return exportMemberData(viewer.id);
}

/**
 * The profile's choices sent as a whole form (without JavaScript, where each tick cannot save itself).
 * Returns why the newsletter could not be ticked again, if so.
 */
export async function saveOwnPreferences(choices: { newsletter: boolean; interestIds: string[] }): Promise<string | null> {
  const viewer = await requireMember();
  return saveMemberPreferences(viewer.id, choices);
}
