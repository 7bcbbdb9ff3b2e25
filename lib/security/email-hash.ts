import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

/** A keyed hash that names an address in logs and limits without storing it. */
export function emailHash(email: string, secret: string = env.AUTH_SECRET): string {
  return createHmac("sha256", secret).update(email.trim().toLowerCase()).digest("hex").slice(0, 32);
}
