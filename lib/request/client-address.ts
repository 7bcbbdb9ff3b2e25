import { AsyncLocalStorage } from "node:async_hooks";
import { isIP } from "node:net";

// One store for the process: the server (scripts/serve.ts) and the app's bundle each load their own copy of
// this module.
const key = Symbol.for("bookclub.client-address");
const storage: AsyncLocalStorage<string> = ((globalThis as Record<symbol, unknown>)[key] ??=
  new AsyncLocalStorage<string>()) as AsyncLocalStorage<string>;

/**
 * The client's address for one request. With no trusted proxy it is the connecting address, whatever the
 * request's headers say. Behind `trustedProxies` proxies that each append to X-Forwarded-For, it is the
 * entry that many places from the right: the one the outermost trusted proxy added (entries further left
 * are whatever the client sent). A request that lacks those entries is taken from its connecting address.
 */
export function clientAddressOf(
  connecting: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  const direct = (connecting ?? "unknown").replace(/^::ffff:(?=\d+\.)/, "");
  if (trustedProxies === 0) return direct;
  const entries = [forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(","))
    .map(bareAddress);
  const entry = entries.length >= trustedProxies ? entries[entries.length - trustedProxies] : undefined;
  return entry && isIP(entry) ? entry : direct;
}

/** "1.2.3.4:5678" and "[2001:db8::1]:443", as some proxies write them, are their addresses. */
function bareAddress(entry: string): string {
  const trimmed = entry.trim();
  return /^\[(.+)\](:\d+)?$/.exec(trimmed)?.[1] ?? /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(trimmed)?.[1] ?? trimmed;
}

/** Runs a request's handling with its client address, for clientIp() to read anywhere below. */
export function runWithClientAddress<T>(address: string, handle: () => T): T {
  return storage.run(address, handle);
}

/** The address the server computed for the current request; undefined outside one (e.g. under `next dev`). */
export function currentClientAddress(): string | undefined {
  return storage.getStore();
}
