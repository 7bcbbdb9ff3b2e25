import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { isAdminEmail } from "./admins";
import { currentUser, type SessionUser } from "./current-user";

export type Viewer = { id: string; email: string; isAdmin: boolean };

const viewerOf = (user: SessionUser | undefined): Viewer | null =>
  user?.id && user.email ? { id: user.id, email: user.email, isAdmin: isAdminEmail(user.email) } : null;

/** The signed-in member of this request, read from the database session once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => viewerOf(await currentUser()));

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
