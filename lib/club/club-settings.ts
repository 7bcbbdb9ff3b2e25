import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export type ClubSettings = { name: string; description: string; senderName: string };

/** Today's look, until an admin sets the club's own (on /admin/settings). */
export const DEFAULT_CLUB: ClubSettings = {
  name: "The Book Club",
  description: "Read together. Hear about the books you love.",
  senderName: "The Book Club",
};

/** The club's settings, read once per request (and once per mail composed). */
export const getClubSettings = cache(async (): Promise<ClubSettings> => {
  const row = await db.clubSettings.findUnique({
    where: { id: "club" },
    select: { name: true, description: true, senderName: true },
  });
  return row ?? DEFAULT_CLUB;
});
