import { describe, expect, it } from "vitest";
import { LINK_MAX_USES, linkIsUsable } from "./link-reuse";

const now = new Date("2026-01-01T12:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe("linkIsUsable", () => {
  it("accepts an unused link before it expires", () => {
    expect(linkIsUsable({ expires: minutes(60), firstUsedAt: null, uses: 0 }, now)).toBe(true);
  });

  it("refuses an expired link even if never used", () => {
    expect(linkIsUsable({ expires: minutes(-1), firstUsedAt: null, uses: 0 }, now)).toBe(false);
  });

  it("keeps a used link valid for ten minutes after its first use", () => {
    expect(linkIsUsable({ expires: minutes(600), firstUsedAt: minutes(-9), uses: 1 }, now)).toBe(true);
    expect(linkIsUsable({ expires: minutes(600), firstUsedAt: minutes(-11), uses: 1 }, now)).toBe(false);
  });

  it("allows at most seven uses in all", () => {
    expect(
      linkIsUsable({ expires: minutes(600), firstUsedAt: minutes(-1), uses: LINK_MAX_USES - 1 }, now),
    ).toBe(true);
    expect(linkIsUsable({ expires: minutes(600), firstUsedAt: minutes(-1), uses: LINK_MAX_USES }, now)).toBe(
      false,
    );
  });
});
