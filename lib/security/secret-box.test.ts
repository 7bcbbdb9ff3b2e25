import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

const KEY = "a-test-auth-secret-of-at-least-32-chars";
const OTHER = "another-auth-secret-of-at-least-32-chars";

describe("sealSecret and openSecret", () => {
  it("seal a secret under a versioned prefix, never in clear, differently each time, and open it again", () => {
    const sealed = sealSecret("webhook-secret-123", "webhook", KEY);
    expect(sealed).toMatch(/^enc:v1:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain("webhook-secret-123");
    expect(sealSecret("webhook-secret-123", "webhook", KEY)).not.toBe(sealed);
    expect(openSecret(sealed, "webhook", KEY)).toEqual({ value: "webhook-secret-123", sealed: true });
  });

  it("open nothing under another AUTH_SECRET or purpose, nor an altered value", () => {
    const sealed = sealSecret("webhook-secret-123", "webhook", KEY);
    expect(openSecret(sealed, "webhook", OTHER)).toBeNull();
    expect(openSecret(sealed, "another purpose", KEY)).toBeNull();
    const altered = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
    expect(openSecret(altered, "webhook", KEY)).toBeNull();
    expect(openSecret("enc:v1:short", "webhook", KEY)).toBeNull();
  });

  it("read a value an older version kept in clear as it is, marked to be sealed", () => {
    expect(openSecret("clear-secret", "webhook", KEY)).toEqual({ value: "clear-secret", sealed: false });
  });
});
