import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/env", () => ({ env: { ADMIN_EMAILS: ["chair@club.example"] } }));

const { isAdminEmail } = await import("./admins");

describe("isAdminEmail", () => {
  it("matches the configured addresses case-insensitively", () => {
    expect(isAdminEmail("chair@club.example")).toBe(true);
    expect(isAdminEmail(" Chair@Club.Example ")).toBe(true);
  });

  it("refuses everyone else, including look-alikes", () => {
    expect(isAdminEmail("chair@club.example.evil")).toBe(false);
    expect(isAdminEmail("vice-chair@club.example")).toBe(false);
    expect(isAdminEmail("")).toBe(false);
  });

  it("takes an explicit list", () => {
    expect(isAdminEmail("a@b.co", ["a@b.co"])).toBe(true);
    expect(isAdminEmail("a@b.co", [])).toBe(false);
  });
});
