/** How long a link stays valid after its first use, and how often it may be used in all (as Ghost does). */
export const LINK_REUSE_WINDOW_MS = 10 * 60 * 1000;
export const LINK_MAX_USES = 7;
export const LINK_MAX_AGE_SECONDS = 24 * 60 * 60;
