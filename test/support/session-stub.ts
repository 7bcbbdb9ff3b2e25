/**
 * Stands in for Auth.js's `auth()` (lib/auth/config.ts) in unit tests of the data layer, which run outside a
 * request: `signedIn.current` is the session's member. Use with
 * `vi.mock("@/lib/auth/config", () => import("@/test/support/session-stub"))`.
 */
export const signedIn: { current: { id: string; email: string } | null } = { current: null };

export async function auth() {
  return signedIn.current ? { user: signedIn.current, expires: "" } : null;
}
