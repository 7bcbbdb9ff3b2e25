import "server-only";
import { headers } from "next/headers";

/**
 * The client's address as the nearest proxy reports it: the last X-Forwarded-For entry is the one the
 * proxy in front of the app added; earlier entries are whatever the client sent, so they are not trusted.
 */
export async function clientIp(): Promise<string> {
  const list = await headers();
  const forwarded = list.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return (forwarded || list.get("x-real-ip") || "unknown").slice(0, 64);
}
