import "server-only";
import { env } from "@/lib/env";
import { currentClientAddress } from "./client-address";

/**
 * The client's address, as the server running the app computed it from the connection and
 * TRUSTED_PROXY_COUNT (scripts/serve.ts). Where no such server runs (`next dev`), every client counts as one:
 * no header a client sends can give it a limit of its own.
 */
export async function clientIp(): Promise<string> {
  const address = currentClientAddress();
  if (!address && env.NODE_ENV === "production" && !warned) {
    warned = true;
    console.warn(
      "[limits] No client address: start the app with npm start, or every client shares one limit.",
    );
  }
  return (address ?? "unknown").slice(0, 64);
}

let warned = false;
