/**
 * Stands in for the session of a request (lib/auth/current-user.ts, and Auth.js's `auth()` in
 * lib/auth/config.ts) in unit tests of the data layer, which run outside a request: `signedIn.current` is the
 * session's member. Use with
 * `vi.mock("@/lib/auth/current-user", () => import("@/test/support/session-stub"))` and the same for
 * `@/lib/auth/config`.
 */
export const signedIn: { current: { id: string; email: string } | null } = { current: null };

export async function currentUser() {
  return signedIn.current ?? undefined;
}

export async function auth() {
  return signedIn.current ? { user: signedIn.current, expires: "" } : null;
}
