import "server-only";
import { requireAdmin } from "@/lib/auth/session";
import { readClubOverview } from "@/lib/members/read-club-overview";

/** The club at a glance for /admin/overview: counts only, never the members themselves. */
export async function getClubOverview(now = new Date()) {
  await requireAdmin();
  return readClubOverview(now);
}
