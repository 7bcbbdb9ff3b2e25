import { NextResponse, type NextRequest } from "next/server";
import { isAdminEmail } from "@/lib/auth/admins";
import { auth } from "@/lib/auth/config";
import { env } from "@/lib/env";
import { contentSecurityPolicy, strictTransportSecurity } from "@/lib/security/content-security-policy";
import { actionBelongsTo, buildActionManifest, postedActionIds } from "@/lib/security/server-action-routes";

const notFound = () =>
  new NextResponse("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });

/** Anyone but an admin gets a 404 for everything under /admin, pages and server actions alike. */
async function hiddenFromNonAdmins(request: NextRequest): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl;
  if (pathname !== "/admin" && !pathname.startsWith("/admin/")) return null;
  const session = await auth();
  if (session?.user?.email && isAdminEmail(session.user.email)) return null;
  if (request.method === "GET" || request.method === "HEAD") {
    return NextResponse.rewrite(new URL("/not-found", request.url), { status: 404 });
  }
  return notFound();
}

/**
 * A server action posted to a page that does not use it (another page's, an admin's) is not found there; so is
 * a form body that cannot be read. Only a production build has the manifest this needs.
 */
async function misplacedAction(request: NextRequest): Promise<NextResponse | null> {
  const manifest = request.method === "POST" && env.NODE_ENV === "production" ? buildActionManifest() : null;
  if (!manifest) return null;
  const ids = await postedActionIds(request);
  if (ids === null) return null;
  const { pathname } = request.nextUrl;
  return ids === "unreadable" || ids.some((id) => !actionBelongsTo(manifest, id, pathname))
    ? notFound()
    : null;
}

/**
 * The Content-Security-Policy of every response, with a fresh nonce per request (Next applies it to its
 * scripts), and HSTS when the app is served over https; the other security headers come from next.config.js.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, env.NODE_ENV === "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response =
    (await hiddenFromNonAdmins(request)) ??
    (await misplacedAction(request)) ??
    NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  const hsts = strictTransportSecurity(env.APP_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
