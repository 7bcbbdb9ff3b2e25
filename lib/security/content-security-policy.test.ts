import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, strictTransportSecurity } from "./content-security-policy";

describe("contentSecurityPolicy", () => {
  it("allows inline scripts and styles only with the response's nonce", () => {
    const policy = contentSecurityPolicy("abc", true);
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(policy).toContain("style-src 'self' 'nonce-abc';");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
  });
});

describe("strictTransportSecurity", () => {
  it("is sent only when the app is served over https", () => {
    expect(strictTransportSecurity("https://club.example")).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
  });
});
