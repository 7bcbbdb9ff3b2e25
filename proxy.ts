import { NextResponse, type NextRequest } from "next/server";
import { isAdminEmail } from "@/lib/auth/admins";
import { auth } from "@/lib/auth/config";
import { env } from "@/lib/env";
import { boundedBody } from "@/lib/request/bounded-body";
import { contentSecurityPolicy, strictTransportSecurity } from "@/lib/security/content-security-policy";
import {
  actionBelongsTo,
  actionsNamedInBody,
  buildActionManifest,
  postedActionIds,
} from "@/lib/security/server-action-routes";
import { MAX_PAGE_BODY_BYTES } from "@/lib/validation/limits";

const plainText = (text: string, status: number) =>
  new NextResponse(text, { status, headers: { "Content-Type": "text/plain" } });
const notFound = () => plainText("Not found", 404);

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
 * A body larger than a page takes is refused before it is parsed: by its declared length, unread; sent without
 * one, once that much has been read. The body is read only for what it names: a server action posted to a page
 * that does not use it (another page's, an admin's) is not found there, nor is a form body that cannot be read
 * (only a production build has the manifest this needs).
 */
async function checkedBody(request: NextRequest): Promise<NextResponse | null> {
  if (request.method === "GET" || request.method === "HEAD") return null;
  const manifest = request.method === "POST" && env.NODE_ENV === "production" ? buildActionManifest() : null;
  const body = await boundedBody(
    request,
    MAX_PAGE_BODY_BYTES,
    !!manifest && actionsNamedInBody(request.headers),
  );
  if (body === "too-large") return plainText("Request body too large", 413);
  if (!manifest) return null;
  const ids = await postedActionIds(request.headers, body === "unread" ? null : body);
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
    (await checkedBody(request)) ??
    NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  const hsts = strictTransportSecurity(env.APP_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

// The routes that take larger bodies than a page are left out: Next would hand them only as much of the body
// as it copies for the proxy (next.config.js). Each checks its own caller and limit before reading.
export const config = {
  matcher: [
    {
      source:
        "/((?!_next/static|_next/image|favicon.ico|api/webhooks/mailerlite$|admin/members/import/upload$).*)",
    },
  ],
};
