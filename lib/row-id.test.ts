import { describe, expect, it } from "vitest";
import { newRowId } from "./row-id";

describe("newRowId", () => {
  it("is a cuid's size and alphabet, and sorts in the order ids were made", () => {
    const ids = Array.from({ length: 1000 }, () => newRowId(1_764_000_000_000));
    expect(ids.every((id) => /^c[0-9a-z]{24}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(1000);
    expect(newRowId(1_764_000_000_001) > newRowId(1_764_000_000_000)).toBe(true);
  });
});
