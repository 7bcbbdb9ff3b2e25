/** The cookie naming, for this browser only, where the link just requested went: /check-email shows it. */
export const MAILED_ADDRESS_COOKIE = {
  name: "mailed-to",
  path: "/check-email",
  maxAgeSeconds: 30 * 60,
} as const;
