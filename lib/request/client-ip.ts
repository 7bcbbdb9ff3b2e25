import "server-only";
import { currentClientAddress } from "./client-address";

/**
 * The client's address, as the server running the app computed it from the connection and
 * TRUSTED_PROXY_COUNT (scripts/serve.ts). Where no such server runs (`next dev`), every client counts as one:
 * no header a client sends can give it a limit of its own.
 */
export async function clientIp(): Promise<string> {
  return (currentClientAddress() ?? "unknown").slice(0, 64);
}
