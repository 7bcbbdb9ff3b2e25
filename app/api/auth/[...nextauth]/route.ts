import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";

export const { GET } = handlers;

/**
 * Links are requested only through /signup and /signin, whose actions apply the honeypot and the mail
 * limits; Auth.js's own sign-in endpoint would skip both, so it does not exist here.
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/auth/signin")) {
    return new Response("Not found", { status: 404 });
  }
  return handlers.POST(request);
}
