import { describe, expect, it } from "vitest";
import { normalizedSearch, searchTextOf } from "./search-text";

describe("searchTextOf", () => {
  it("lower-cases the address and names in every script", () => {
    const text = searchTextOf({ email: "Zoe@Club.Test", firstName: "ZOË", lastName: "ÇELİK Ωμέγα" });
    for (const word of ["zoë", "ΩΜΈΓΑ", "zoe@club", "ÇELİK"]) expect(text).toContain(normalizedSearch(word));
  });

  it("finds a name whatever its case and accents", () => {
    const cases: [string, string][] = [
      ["Çelik", "ÇELİK"],
      ["Οδυσσεύς", "ΟΔΥΣΣΕΥΣ"],
      ["Straße", "STRASSE"],
      ["Zoë", "zoe"],
    ];
    for (const [name, typed] of cases) {
      expect(searchTextOf({ email: "x@club.test", firstName: name }), typed).toContain(
        normalizedSearch(typed),
      );
    }
  });

  it("matches % and _ literally: they are not wildcards", () => {
    const text = searchTextOf({ email: "first_last@club.test", firstName: "100%" });
    expect(text).toContain(normalizedSearch("first_last"));
    expect(text).toContain(normalizedSearch("100%"));
    expect(normalizedSearch("%")).not.toBe("%");
    expect(normalizedSearch("_")).not.toBe("_");
    expect(searchTextOf({ email: "plain@club.test" })).not.toContain(normalizedSearch("%"));
  });
});
