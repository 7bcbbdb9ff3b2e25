/** How recent a sign-in must be to change the account's address. */
export const RECENT_SIGN_IN_MS = 60 * 60 * 1000;

/** Whether the sign-in that started a session happened within the last hour (at `now`). */
export function isRecentSignIn(signedInAt: Date, now: Date): boolean {
  return now.getTime() - signedInAt.getTime() <= RECENT_SIGN_IN_MS;
}
