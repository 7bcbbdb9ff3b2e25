import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { migrate } from "./migrate";
import { pendingSqliteMigrations } from "./pending-migrations";

const dir = mkdtempSync(path.join(os.tmpdir(), "bookclub-pending-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("lists the migrations a SQLite file has not finished applying: all for a new file, none once migrated", () => {
  const file = path.join(dir, "app.db");
  const all = readdirSync("prisma/migrations", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  expect(pendingSqliteMigrations(file)).toEqual(all);

  const log = console.log;
  console.log = () => {};
  try {
    migrate(`file:${file}`);
  } finally {
    console.log = log;
  }
  expect(pendingSqliteMigrations(file)).toEqual([]);

  const last = all.at(-1)!;
  const sqlite = new Database(file);
  sqlite.prepare("UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ?").run(last);
  sqlite.close();
  expect(pendingSqliteMigrations(file)).toEqual([last]);
}, 60_000);
