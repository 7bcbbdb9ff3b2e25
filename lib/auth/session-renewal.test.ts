import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-cookie";
import { isCurrent } from "./session-renewal";

describe("isCurrent", () => {
  const now = Date.parse("2026-06-01T12:00:00Z");
  const startedAgo = (seconds: number) => new Date(now - seconds * 1000 + SESSION_MAX_AGE_SECONDS * 1000);

  it("takes a session whose expiry moved on less than a day ago as it is", () => {
    expect(isCurrent(startedAgo(0), now)).toBe(true);
    expect(isCurrent(startedAgo(SESSION_UPDATE_AGE_SECONDS - 1), now)).toBe(true);
  });

  it("leaves a session due for a new expiry to Auth.js", () => {
    expect(isCurrent(startedAgo(SESSION_UPDATE_AGE_SECONDS), now)).toBe(false);
    expect(isCurrent(startedAgo(SESSION_MAX_AGE_SECONDS - 60), now)).toBe(false);
  });

  it("leaves an expired session to Auth.js", () => {
    expect(isCurrent(new Date(now - 1), now)).toBe(false);
  });
});
