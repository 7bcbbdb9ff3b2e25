import { describe, expect, it } from "vitest";
import { clientAddressOf } from "./client-address";

describe("clientAddressOf", () => {
  it("takes the connecting address when no proxy is trusted, whatever the headers say", () => {
    expect(clientAddressOf("192.0.2.1", "203.0.113.9", 0)).toBe("192.0.2.1");
    expect(clientAddressOf("::ffff:192.0.2.1", undefined, 0)).toBe("192.0.2.1");
    expect(clientAddressOf("2001:db8::1", "203.0.113.9", 0)).toBe("2001:db8::1");
  });

  it("takes the entry the outermost trusted proxy added, counted from the right", () => {
    expect(clientAddressOf("10.0.0.1", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.1", ["6.6.6.6", "203.0.113.7"], 1)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.1", "6.6.6.6, 203.0.113.7:5678", 1)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.1", "[2001:db8::7]:443", 1)).toBe("2001:db8::7");
  });

  it("falls back to the connecting address when the trusted entries are missing or not addresses", () => {
    expect(clientAddressOf("10.0.0.1", undefined, 1)).toBe("10.0.0.1");
    expect(clientAddressOf("10.0.0.1", "203.0.113.7", 2)).toBe("10.0.0.1");
    expect(clientAddressOf("10.0.0.1", "not-an-address", 1)).toBe("10.0.0.1");
  });
});
