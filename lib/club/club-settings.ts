import "server-only";
import { db } from "@/lib/db";

export type ClubSettings = { name: string; description: string; senderName: string };

/** Today's look, until an admin sets the club's own (on /admin/settings). */
export const DEFAULT_CLUB: ClubSettings = {
  name: "The Book Club",
  description: "Read together. Hear about the books you love.",
  senderName: "The Book Club",
};

/** How long a process keeps the settings: another instance's change shows here within this time. */
const FRESH_MS = 5_000;
let kept: { settings: ClubSettings; until: number } | null = null;

/** The club's settings: every page shows them, so a process keeps them for a few seconds. */
export async function getClubSettings(): Promise<ClubSettings> {
  if (kept && kept.until > Date.now()) return kept.settings;
  const row = await db.clubSettings.findUnique({
    where: { id: "club" },
    select: { name: true, description: true, senderName: true },
  });
  kept = { settings: row ?? DEFAULT_CLUB, until: Date.now() + FRESH_MS };
  return kept.settings;
}

/** After a change: this process reads the settings again. */
export function forgetClubSettings(): void {
  kept = null;
}
