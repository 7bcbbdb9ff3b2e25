/**
 * Whether a browser sent this request from the app's own pages: its Origin names the host it was sent to, as
 * Next checks a server action's. A form posted from another site, or from a page that hides its origin, is not.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!origin || origin === "null" || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
