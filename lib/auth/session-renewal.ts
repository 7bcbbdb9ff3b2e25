import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-cookie";

/**
 * Whether a session can be used as it is: not expired, and its expiry moved on less than a day ago (Auth.js
 * moves it on, in the database and the cookie, once a day of use: its formula).
 */
export function isCurrent(expires: Date, now: number): boolean {
  const dueAt = expires.getTime() - SESSION_MAX_AGE_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000;
  return expires.getTime() >= now && dueAt > now;
}
