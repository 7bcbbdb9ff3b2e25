import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { MAILED_ADDRESS_COOKIE } from "./mailed-address-cookie";

/** Remembers, for this browser only, where the link just requested went: /check-email names it. */
export async function rememberMailedAddress(email: string): Promise<void> {
  (await cookies()).set(MAILED_ADDRESS_COOKIE.name, email, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: MAILED_ADDRESS_COOKIE.path,
    maxAge: MAILED_ADDRESS_COOKIE.maxAgeSeconds,
  });
}

/** The address this browser last asked a link for (within half an hour), if any. */
export async function mailedAddress(): Promise<string | null> {
  return (await cookies()).get(MAILED_ADDRESS_COOKIE.name)?.value ?? null;
}
