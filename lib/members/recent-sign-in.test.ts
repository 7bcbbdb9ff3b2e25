import { describe, expect, it } from "vitest";
import { isRecentSignIn } from "./recent-sign-in";

describe("isRecentSignIn", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  const ago = (minutes: number, seconds = 0) => new Date(now.getTime() - (minutes * 60 + seconds) * 1000);

  it("takes a sign-in within the last hour as recent", () => {
    expect(isRecentSignIn(ago(0), now)).toBe(true);
    expect(isRecentSignIn(ago(59, 59), now)).toBe(true);
    expect(isRecentSignIn(ago(60), now)).toBe(true);
  });

  it("refuses a sign-in more than an hour old, however its session was renewed since", () => {
    expect(isRecentSignIn(ago(60, 1), now)).toBe(false);
    expect(isRecentSignIn(ago(29 * 24 * 60), now)).toBe(false);
  });
});
