import { MAILED_ADDRESS_COOKIE } from "@/lib/request/mailed-address-cookie";

/**
 * The page's script keeps the address for /check-email itself (as the server sealed it: only then does
 * /check-email name it): a cookie set by a server action makes Next render the whole page again into the
 * action's answer, which the page then leaves anyway.
 */
export function rememberMailedAddressHere(sealed: string): void {
  const { name, path, maxAgeSeconds } = MAILED_ADDRESS_COOKIE;
  const secure = window.location.protocol === "https:" ? "; secure" : "";
  document.cookie = `${name}=${encodeURIComponent(sealed)}; path=${path}; max-age=${maxAgeSeconds}; samesite=lax${secure}`;
}
