import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config.js";
import { MAX_PAGE_BODY_BYTES } from "./limits";

/** Next reads "64kb" as 64 × 1024 bytes. */
const kib = (size: unknown) => Number(/^(\d+)kb$/.exec(String(size))?.[1]) * 1024;

describe("the body limits next.config.js gives Next", () => {
  it("let server actions take what proxy.ts lets through, and copy more than that for the proxy", () => {
    const experimental = nextConfig.experimental!;
    expect(kib(experimental.serverActions!.bodySizeLimit)).toBe(MAX_PAGE_BODY_BYTES);
    expect(kib(experimental.proxyClientMaxBodySize)).toBeGreaterThan(MAX_PAGE_BODY_BYTES + 64 * 1024);
  });
});
