import { describe, expect, it } from "vitest";
import { rawDate } from "./raw-date";

describe("rawDate", () => {
  const at = new Date("2026-03-04T05:06:07.089Z");

  it("reads each form a driver returns as the same instant", () => {
    expect(rawDate(at).toISOString()).toBe(at.toISOString());
    expect(rawDate("2026-03-04T05:06:07.089Z").toISOString()).toBe(at.toISOString());
    expect(rawDate(at.getTime()).toISOString()).toBe(at.toISOString());
  });

  it("keeps a missing date missing", () => {
    expect(rawDate(null)).toBeNull();
  });
});
