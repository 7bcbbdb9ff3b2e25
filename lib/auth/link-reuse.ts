/** How long a link stays valid after its first use, and how often it may be used in all (as Ghost does). */
export const LINK_REUSE_WINDOW_MS = 10 * 60 * 1000;
export const LINK_MAX_USES = 7;
export const LINK_MAX_AGE_SECONDS = 24 * 60 * 60;

export type LinkUsage = { expires: Date; firstUsedAt: Date | null; uses: number };

/** Whether a sign-in link may be used once more at `now`. */
export function linkIsUsable(link: LinkUsage, now: Date): boolean {
  if (link.expires <= now) return false;
  if (link.uses >= LINK_MAX_USES) return false;
  if (link.firstUsedAt && now.getTime() - link.firstUsedAt.getTime() > LINK_REUSE_WINDOW_MS) return false;
  return true;
}
