import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { MAILED_ADDRESS_COOKIE } from "./mailed-address-cookie";

const signature = (payload: string) =>
  createHmac("sha256", env.AUTH_SECRET).update(`mailed-to\0${payload}`).digest("base64url");

/**
 * The `mailed-to` cookie's value: the address this server mailed and until when it may be mailed again,
 * signed with AUTH_SECRET, so that the browser can carry it but never change it.
 */
export function sealMailedAddress(email: string, now = new Date()): string {
  const until = Math.floor(now.getTime() / 1000) + MAILED_ADDRESS_COOKIE.maxAgeSeconds;
  const payload = `${Buffer.from(email).toString("base64url")}.${until}`;
  return `${payload}.${signature(payload)}`;
}

/** The address a sealed value names, or null when it was changed, forged or has expired. */
export function openMailedAddress(value: string | undefined, now = new Date()): string | null {
  const match = /^([A-Za-z0-9_-]+)\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value ?? "");
  if (!match) return null;
  const [, address, until, mac] = match;
  const expected = Buffer.from(signature(`${address}.${until}`));
  if (!timingSafeEqual(expected, Buffer.from(mac!))) return null;
  if (Number(until) * 1000 <= now.getTime()) return null;
  return Buffer.from(address!, "base64url").toString("utf8");
}
