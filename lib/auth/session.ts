import "server-only";
import { notFound, redirect } from "next/navigation";
import { cookies } from "next/headers";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { isAdminEmail } from "./admins";
import { sessionAndUser } from "./adapter";
import { auth } from "./config";
import { isCurrent } from "./session-renewal";
import { sessionCookie } from "./session-cookie";

export type Viewer = { id: string; email: string; isAdmin: boolean };

const viewerOf = (user: { id?: string; email?: string | null } | undefined): Viewer | null =>
  user?.id && user.email ? { id: user.id, email: user.email, isAdmin: isAdminEmail(user.email) } : null;

/**
 * The signed-in member of this request, read from the database session once per request. A session that is
 * current and not yet due for a new expiry is read directly (what auth() would answer, without its request
 * machinery); no cookie means no session; anything else (unknown, expired, due) takes Auth.js's own path,
 * which removes, renews or clears it.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const token = (await cookies()).get(sessionCookie.name)?.value;
  if (!token) return null;
  const found = await sessionAndUser(token);
  if (found && isCurrent(found.session.expires, Date.now())) return viewerOf(found.user);
  return viewerOf((await auth())?.user);
});

/** For data functions and actions: the signed-in member, or an UNAUTHENTICATED error. */
export async function requireMember(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  return viewer;
}

/** For pages: the signed-in member, or a redirect to sign in. */
export async function requireMemberPage(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  return viewer;
}

/** Anyone but an admin gets a 404, so admin pages and actions do not reveal that they exist. */
export async function requireAdmin(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer?.isAdmin) notFound();
  return viewer;
}
