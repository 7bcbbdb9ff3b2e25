import { describe, expect, it } from "vitest";
import { CsvFormatError, detectDelimiter, readCsv } from "./read-csv";

async function rows(text: string) {
  const found: { row: number; cells: string[] }[] = [];
  for await (const { row, cells } of readCsv(text, detectDelimiter(text))) found.push({ row, cells });
  return found;
}

describe("readCsv", () => {
  it("reads a BOM, semicolons, quoted separators and quotes, CRLF, and skips blank lines", async () => {
    const text = '\uFEFFemail;name\r\n"a@club.test";"Smith; Jo"\r\n\r\nb@club.test;"Say ""hi"""\r\n';
    expect(await rows(text)).toEqual([
      { row: 1, cells: ["email", "name"] },
      { row: 2, cells: ["a@club.test", "Smith; Jo"] },
      { row: 4, cells: ["b@club.test", 'Say "hi"'] },
    ]);
  });

  it("reads commas with quoted commas, and gives each row as it is, with the header's width", async () => {
    const found = [];
    for await (const record of readCsv('email,name,x\na@club.test,"Lee, Ann"\nb@club.test,B,x,extra\n', ","))
      found.push(record);
    expect(found).toEqual([
      { row: 1, cells: ["email", "name", "x"], width: 3 },
      { row: 2, cells: ["a@club.test", "Lee, Ann"], width: 3 },
      { row: 3, cells: ["b@club.test", "B", "x", "extra"], width: 3 },
    ]);
  });

  it("names the row and column of a stray quote", async () => {
    const error = await rows('email,name\na@club.test,Jo "J" Smith\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvFormatError);
    expect((error as CsvFormatError).row).toBe(2);
    expect((error as CsvFormatError).message).toBe(
      "Row 2, column 2: a quote appears inside a cell that is not quoted (quote the cell and double the quote)",
    );
  });
});

describe("detectDelimiter", () => {
  it("picks what separates the header's cells", () => {
    expect(detectDelimiter("email;first name;interests\n")).toBe(";");
    expect(detectDelimiter('email,"a;b;c"\n')).toBe(",");
    expect(detectDelimiter("email\n")).toBe(",");
  });
});
