import "server-only";
import { headers } from "next/headers";
import type { ClickOrigin } from "@/lib/members/confirm-member";
import { clientIp } from "./client-ip";

/** Where this request came from, as kept with a person's consent. */
export async function clickOrigin(): Promise<ClickOrigin> {
  return { ip: await clientIp(), userAgent: (await headers()).get("user-agent") ?? "" };
}
