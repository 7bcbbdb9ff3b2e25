import { describe, expect, it } from "vitest";
import { guessMapping, mappingErrors } from "./column-mapping";

describe("guessMapping", () => {
  it("knows common headers and interest names, and maps each field once", () => {
    expect(
      guessMapping(
        ["E-mail", "First name", "Last Name", "Subscribed", "Romance", "Email", "Notes"],
        [{ id: "r", name: "Romance" }],
      ),
    ).toEqual(["email", "firstName", "lastName", "newsletter", "interest:r", "ignore", "ignore"]);
  });
});

describe("mappingErrors", () => {
  it("asks for the email column and refuses a field from two columns", () => {
    expect(mappingErrors(["firstName", "firstName", "interest:x"], new Set(["y"]))).toEqual({
      "column-1": ["Column 1 already holds this"],
      "column-2": ["Choose an interest on offer"],
      form: ["Choose the column that holds the email address"],
    });
    expect(mappingErrors(["email", "ignore", "ignore"], new Set())).toEqual({});
  });
});
