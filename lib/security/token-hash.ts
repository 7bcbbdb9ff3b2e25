import { createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/** A fresh secret for a link or a session cookie. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of a link's or a session's secret: a copy of the database signs nobody in. */
export function tokenHash(token: string, secret: string = env.AUTH_SECRET): string {
  return createHmac("sha256", secret).update(`token:${token}`).digest("hex");
}
