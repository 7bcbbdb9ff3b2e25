import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/validation/limits";
import { readImportFile } from "./read-import-file";

const bytes = (text: string) => new TextEncoder().encode(text);
const refusal = (input: Uint8Array) =>
  readImportFile(input).then(
    () => null,
    (error: Error) => error.message,
  );

describe("readImportFile", () => {
  it("reads the header, a sample and the row count; drops a BOM", async () => {
    const file = await readImportFile(bytes("\uFEFFEmail;Name\r\na@club.test;Ann\r\nb@club.test;Bo\r\n"));
    expect(file).toMatchObject({
      delimiter: ";",
      columns: [
        { name: "Email", sample: "a@club.test" },
        { name: "Name", sample: "Ann" },
      ],
      rowCount: 2,
    });
    expect(file.text.startsWith("Email")).toBe(true);
  });

  it("refuses with a clear message what it cannot import", async () => {
    expect(await refusal(bytes(""))).toBe("The file is empty");
    expect(await refusal(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65))).toBe("The file is larger than 5 MB");
    expect(await refusal(new Uint8Array([0x65, 0x6d, 0xff, 0x0a]))).toMatch(/^The file is not UTF-8 text/);
    expect(await refusal(bytes("email\n"))).toBe("The file has a header but no rows");
    expect(await refusal(bytes("email\n" + "a@b.test\n".repeat(MAX_IMPORT_ROWS + 1)))).toBe(
      "The file has more than 20,000 rows; split it into smaller files",
    );
    expect(await refusal(bytes('email,name\na@b.test,"open\n'))).toBe(
      "The file is not valid CSV. Row 2, column 2: a quoted cell is never closed.",
    );
  });
});
