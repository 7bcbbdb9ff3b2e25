import { describe, expect, it } from "vitest";
import { provisionalGroupInterest, provisionalGroupName, provisionalMark } from "./provisional-group-name";

describe("provisional group names", () => {
  it("carry the interest's id, found again by the mark alone", () => {
    const name = provisionalGroupName("True crime (UK)", "cm123abc");
    expect(name).toBe("True crime (UK) (being set up: cm123abc)");
    expect(name.includes(provisionalMark("cm123abc"))).toBe(true);
    expect(provisionalGroupInterest(name)).toBe("cm123abc");
  });

  it("are never confused with a group a person named", () => {
    expect(provisionalGroupInterest("True crime (UK)")).toBeNull();
    expect(provisionalGroupInterest("Romance (being set up)")).toBeNull();
    expect(provisionalGroupInterest("Romance (being set up: x) and more")).toBeNull();
  });
});
