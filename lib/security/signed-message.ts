import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const macOf = (purpose: string, message: string, secret: string) =>
  createHmac("sha256", secret).update(`${purpose}:${message}`).digest("base64url").slice(0, 22);

/** A message the server wrote, signed for a page to show after a redirect (in its URL) for `purpose` only. */
export function signMessage(purpose: string, message: string, secret: string = env.AUTH_SECRET): string {
  return `${macOf(purpose, message, secret)}.${message}`;
}

/** The message of a `signed` one for `purpose`; null when anyone but the server wrote it. */
export function verifiedMessage(
  purpose: string,
  signed: string | undefined,
  secret: string = env.AUTH_SECRET,
): string | null {
  const dot = signed?.indexOf(".") ?? -1;
  if (!signed || dot < 0) return null;
  const message = signed.slice(dot + 1);
  const given = Buffer.from(signed.slice(0, dot));
  const expected = Buffer.from(macOf(purpose, message, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? message : null;
}
