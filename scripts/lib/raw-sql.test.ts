import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findRawSql } from "./raw-sql";

const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A throwaway tree with the given files; returns its root and their names. */
function tree(files: Record<string, string>): [string, string[]] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "raw-sql-"));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return [root, Object.keys(files)];
}

describe("findRawSql", () => {
  it("reports raw SQL in app, components and the data layer, with the call and its line", () => {
    const [root, files] = tree({
      "app/page.tsx": 'import { db } from "@/lib/db";\n\nexport const n = db.$queryRaw`SELECT 1`;\n',
      "components/list.tsx": 'export const run = (tx: any) => tx.$executeRawUnsafe("DELETE FROM x");\n',
      "lib/data/own.ts": 'export const q = (db: any) => db["$queryRawUnsafe"]("SELECT 1");\n',
      "lib/data/typed.ts": "export const { $queryRawTyped } = {} as any;\n",
    });
    expect(findRawSql(root, files)).toEqual([
      { file: "app/page.tsx", line: 3, call: "$queryRaw" },
      { file: "components/list.tsx", line: 1, call: "$executeRawUnsafe" },
      { file: "lib/data/own.ts", line: 1, call: "$queryRawUnsafe" },
      { file: "lib/data/typed.ts", line: 1, call: "$queryRawTyped" },
    ]);
  });

  it("lets the domain folders and the health check write SQL, and reads no comment or string as a call", () => {
    const [root, files] = tree({
      "lib/members/count.ts":
        'export const count = (db: any) => db.$queryRaw`SELECT COUNT(*) FROM "User"`;\n',
      "lib/outbox/mark.ts": "export const mark = (tx: any) => tx.$executeRaw`UPDATE x`;\n",
      "lib/db-health.ts": "export const ping = (db: any) => db.$queryRaw`SELECT 1`;\n",
      "lib/data/list.ts":
        '// not db.$queryRaw: a named read\nexport const note = "use $executeRaw in lib/members";\n',
    });
    expect(findRawSql(root, files)).toEqual([]);
  });
});
