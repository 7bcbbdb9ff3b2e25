import { describe, expect, it } from "vitest";
import { importMappingSchema } from "./member-import";

const mappingOf = (mapping: string[]) =>
  importMappingSchema.safeParse({ id: "cm0000000000000000000000", mapping });

describe("importMappingSchema", () => {
  it("takes what a column can hold: a member field, an interest, or nothing", () => {
    const parsed = mappingOf([
      "email",
      "firstName",
      "lastName",
      "newsletter",
      "interests",
      "interest:seed_romance",
      "ignore",
    ]);
    expect(parsed.success).toBe(true);
  });

  it("refuses anything else, the names every object inherits included", () => {
    for (const use of ["name", "interest:", "constructor", "toString", "__proto__"]) {
      expect(mappingOf([use]).error?.flatten().fieldErrors.mapping).toEqual([
        "Choose what this column holds",
      ]);
    }
  });
});
