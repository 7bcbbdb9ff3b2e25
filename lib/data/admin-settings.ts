import "server-only";
import { requireAdmin } from "@/lib/auth/session";
import { getClubSettings, type ClubSettings } from "@/lib/club/club-settings";
import { saveClubSettings } from "@/lib/club/save-club-settings";
import type { ClubSettingsInput } from "@/lib/validation/club-settings";

/** The club settings as the admin's form shows them. */
export async function getClubSettingsForAdmin(): Promise<ClubSettings> {
  await requireAdmin();
  return getClubSettings();
}

/** An admin saves the club's name, description and mail sender name. */
export async function saveClubSettingsAsAdmin(input: ClubSettingsInput): Promise<void> {
  const admin = await requireAdmin();
  await saveClubSettings(input, admin.id);
}
