import { describe, expect, it } from "vitest";
import { guessMapping, mappingErrors } from "./column-mapping";

describe("guessMapping", () => {
  it("knows common headers and interest names, and maps each field once", () => {
    const columns = ["E-mail", "First name", "Last Name", "Subscribed", "Romance", "Email", "Notes"];
    expect(
      guessMapping(
        columns.map((name) => ({ name, sample: "" })),
        [{ id: "r", name: "Romance" }],
      ),
    ).toEqual(["email", "firstName", "lastName", "newsletter", "interest:r", "ignore", "ignore"]);
  });

  it("never takes a column of dates for a yes/no, whatever its name", () => {
    const interests = [{ id: "r", name: "Romance" }];
    for (const sample of ["2024-03-01 10:22:05", "2024-03-01T10:22:05Z", "01/03/2024", "1709288525"])
      expect(
        guessMapping(
          [
            { name: "Email", sample: "a@club.test" },
            { name: "Subscribed", sample },
            { name: "Romance", sample },
          ],
          interests,
        ),
      ).toEqual(["email", "ignore", "ignore"]);
    expect(guessMapping([{ name: "Subscribed", sample: "yes" }], interests)).toEqual(["newsletter"]);
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
