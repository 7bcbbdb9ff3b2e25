import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

const COOKIE = "mailed-to";
const MAX_AGE_SECONDS = 30 * 60;

/** Remembers, for this browser only, where the link just requested went: /check-email names it. */
export async function rememberMailedAddress(email: string): Promise<void> {
  (await cookies()).set(COOKIE, email, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/check-email",
    maxAge: MAX_AGE_SECONDS,
  });
}

/** The address this browser last asked a link for (within half an hour), if any. */
export async function mailedAddress(): Promise<string | null> {
  return (await cookies()).get(COOKIE)?.value ?? null;
}
