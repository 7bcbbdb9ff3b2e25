import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { ensureMemberSearchIndex } from "./member-search-index";

const plan = (sqlite: Database.Database, sql: string) =>
  (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
    .map((row) => row.detail)
    .join("; ");

it("keeps the members without a search text in a partial index, made again when a rebuild of User dropped it", () => {
  const sqlite = new Database(":memory:");
  sqlite.exec(`CREATE TABLE "User" ("id" TEXT PRIMARY KEY, "searchText" TEXT NOT NULL DEFAULT '')`);
  const insert = sqlite.prepare(`INSERT INTO "User" ("id", "searchText") VALUES (?, ?)`);
  for (let i = 0; i < 50; i += 1) insert.run(`m${i}`, i === 7 ? "" : `member${i}@club.test`);

  expect(ensureMemberSearchIndex(sqlite)).toBe(true);
  expect(ensureMemberSearchIndex(sqlite)).toBe(false);
  const missing = `SELECT "id" FROM "User" WHERE "searchText" = '' LIMIT 500`;
  expect(plan(sqlite, missing)).toMatch(/USING (COVERING )?INDEX User_searchText_missing/);
  expect(sqlite.prepare(missing).all()).toEqual([{ id: "m7" }]);

  sqlite.exec(`DROP INDEX "User_searchText_missing"`);
  expect(plan(sqlite, missing)).not.toContain("User_searchText_missing");
  expect(ensureMemberSearchIndex(sqlite)).toBe(true);
  expect(plan(sqlite, missing)).toMatch(/USING (COVERING )?INDEX User_searchText_missing/);
  expect(
    sqlite.prepare(`SELECT rowid FROM "MemberSearch" WHERE "MemberSearch" MATCH '"member12"'`).all(),
  ).toHaveLength(1);
  sqlite.close();
});
