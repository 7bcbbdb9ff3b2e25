import { describe, expect, it } from "vitest";
import { neutralizeCell, restoreNeutralizedCell } from "./neutralize-cell";

describe("neutralizeCell", () => {
  it("keeps formula starters from being read as formulas", () => {
    for (const hostile of ['=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutralizeCell(hostile)).toBe(`'${hostile}`);
    }
  });

  it("leaves everything else as it is", () => {
    for (const value of ["Ada", "ada@club.test", "O'Neil", "a=b", "", "2026-11-29"]) {
      expect(neutralizeCell(value)).toBe(value);
    }
  });
});

describe("restoreNeutralizedCell", () => {
  it("reads back what neutralizeCell wrote", () => {
    for (const value of ['=HYPERLINK("http://x","y")', "-2", "@me", "Ada", "O'Neil", "'quoted", ""]) {
      expect(restoreNeutralizedCell(neutralizeCell(value))).toBe(value);
    }
  });
});
