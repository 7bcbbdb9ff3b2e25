import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const from = (headers: Record<string, string>) => isSameOrigin(new Headers(headers));

describe("isSameOrigin", () => {
  it("accepts a request whose Origin is the host it was sent to, directly or through a proxy", () => {
    expect(from({ origin: "http://localhost:3000", host: "localhost:3000" })).toBe(true);
    expect(
      from({ origin: "https://club.example", host: "10.0.0.2:3000", "x-forwarded-host": "club.example" }),
    ).toBe(true);
  });

  it("refuses another site, a hidden origin, and a request without one", () => {
    expect(from({ origin: "https://evil.example", host: "club.example" })).toBe(false);
    expect(from({ origin: "http://club.example:8080", host: "club.example" })).toBe(false);
    expect(from({ origin: "null", host: "club.example" })).toBe(false);
    expect(from({ host: "club.example" })).toBe(false);
    expect(from({ origin: "not a url", host: "club.example" })).toBe(false);
  });
});
