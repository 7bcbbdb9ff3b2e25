import { env } from "@/lib/env";

const secure = env.APP_URL.startsWith("https://");

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** How often a session in use has its expiry moved on (Auth.js's updateAge). */
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

/** The session cookie, as Auth.js reads it and as a link's click sets it. */
export const sessionCookie = {
  name: secure ? "__Secure-authjs.session-token" : "authjs.session-token",
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
};
