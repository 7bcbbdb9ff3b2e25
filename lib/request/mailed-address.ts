import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { MAILED_ADDRESS_COOKIE } from "./mailed-address-cookie";
import { openMailedAddress, sealMailedAddress } from "./mailed-address-seal";

/** Remembers, for this browser only, where the link just requested went: /check-email names it. */
export async function rememberMailedAddress(email: string): Promise<void> {
  (await cookies()).set(MAILED_ADDRESS_COOKIE.name, sealMailedAddress(email), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: MAILED_ADDRESS_COOKIE.path,
    maxAge: MAILED_ADDRESS_COOKIE.maxAgeSeconds,
  });
}

/**
 * The address this server last mailed a link to for this browser (within half an hour), if the cookie is the
 * one it sealed; anything else (a list, another address, a changed spelling) names none.
 */
export async function mailedAddress(): Promise<string | null> {
  return openMailedAddress((await cookies()).get(MAILED_ADDRESS_COOKIE.name)?.value);
}
