import { env } from "@/lib/env";

const secure = env.APP_URL.startsWith("https://");

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The session cookie, as Auth.js reads it and as a link's click sets it. */
export const sessionCookie = {
  name: secure ? "__Secure-authjs.session-token" : "authjs.session-token",
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
};
