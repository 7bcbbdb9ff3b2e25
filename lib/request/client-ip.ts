import "server-only";
import { headers } from "next/headers";

/** The client's address as the nearest proxy (or Next's own server) reports it. */
export async function clientIp(): Promise<string> {
  const list = await headers();
  const forwarded = list.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || list.get("x-real-ip") || "unknown").slice(0, 64);
}
