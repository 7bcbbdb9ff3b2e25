import "server-only";
import { getClubSettings, type ClubSettings } from "@/lib/club/club-settings";

/** Public: the club's name and description, for every page. */
export async function getClub(): Promise<ClubSettings> {
  return getClubSettings();
}
