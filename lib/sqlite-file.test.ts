import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { sqliteFile } from "./sqlite-file";

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe("sqliteFile", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("creates the data folder and the database files readable by this user only", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "bookclub-modes-"));
    const file = sqliteFile(`file:${path.join(dir, "data", "club.db")}`);
    expect(modeOf(path.join(dir, "data"))).toBe(0o700);
    expect(modeOf(file)).toBe(0o600);

    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('secret')");
    expect(modeOf(`${file}-wal`)).toBe(0o600);
    expect(modeOf(`${file}-shm`)).toBe(0o600);
    sqlite.close();
  });
});
