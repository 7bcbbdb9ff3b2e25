import { describe, expect, it } from "vitest";
import type { ColumnUse } from "@/lib/validation/column-use";
import { readImportRows, type InterestRef } from "./read-import-rows";

const interests: InterestRef[] = [
  { id: "i-crime", name: "True crime", archived: false },
  { id: "i-romance", name: "Romance", archived: false },
  { id: "i-poetry", name: "Poetry", archived: true },
];

async function read(text: string, mapping: ColumnUse[]) {
  const rows = [];
  for await (const row of readImportRows(text, ",", mapping, interests)) rows.push(row);
  return rows;
}

describe("readImportRows", () => {
  const mapping: ColumnUse[] = ["email", "firstName", "lastName", "newsletter", "interests"];

  it("reads each field through the mapping, matching interests by name without case", async () => {
    const [row] = await read(
      'email,first,last,news,genres\n Ann@Club.Test ,Ann,,Yes,"romance; True Crime"\n',
      mapping,
    );
    expect(row).toEqual({
      row: 2,
      email: "ann@club.test",
      firstName: "Ann",
      lastName: null,
      newsletter: true,
      interestIds: ["i-crime", "i-romance"],
      problems: [],
    });
  });

  it("takes a row with more or fewer cells than the header as one invalid row, and reads on", async () => {
    const rows = await read(
      "email,first,last,news,genres\na@club.test,A,Lee,yes,Romance,extra\nb@club.test,B\nc@club.test,C,Ng,no,\n",
      mapping,
    );
    expect(rows.map((row) => [row.row, row.email, row.problems])).toEqual([
      [2, "a@club.test", ["The row has 6 cells; the header has 5"]],
      [3, "b@club.test", ["The row has 2 cells; the header has 5"]],
      [4, "c@club.test", []],
    ]);
  });

  it("names each problem of a row", async () => {
    const [row] = await read(
      "email,first,last,news,genres\nnot-an-address,Bo,,maybe,Sci-fi|Poetry\n",
      mapping,
    );
    expect(row!.problems).toEqual([
      "Email: Enter a valid email address, like name@example.com",
      'Newsletter: "maybe" is neither yes nor no',
      'Unknown interest "Sci-fi"',
      'Interest "Poetry" is archived',
    ]);
  });

  it("reads one yes/no column per interest, and a re-imported export's neutralised cells as written", async () => {
    const [row] = await read("email,name,Romance,True crime\nc@club.test,'=HYPERLINK(1),x,no\n", [
      "email",
      "firstName",
      "interest:i-romance",
      "interest:i-crime",
    ]);
    expect(row).toMatchObject({ firstName: "=HYPERLINK(1)", interestIds: ["i-romance"], problems: [] });
  });
});
