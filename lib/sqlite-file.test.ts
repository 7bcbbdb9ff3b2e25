import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
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

  it("leaves the locks of a connection this process holds on the database alone", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "bookclub-modes-"));
    const url = `file:${path.join(dir, "locked.db")}`;
    const holder = new Database(sqliteFile(url));
    holder.exec("CREATE TABLE t (x TEXT); BEGIN IMMEDIATE; INSERT INTO t VALUES ('mine')");
    sqliteFile(url);
    // Another process (SQLite keeps its own count of this process's locks) must still find it locked.
    const other = spawnSync(process.execPath, [
      "-e",
      `const db = new (require("better-sqlite3"))(${JSON.stringify(sqliteFile(url))}, { timeout: 0 });
       try { db.exec("BEGIN IMMEDIATE"); console.log("got the lock"); } catch (e) { console.log(e.code); }`,
    ]);
    expect(other.stdout.toString().trim()).toBe("SQLITE_BUSY");
    holder.exec("COMMIT");
    holder.close();
  });

  it("makes a database created before readable by this user only", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "bookclub-modes-"));
    const file = path.join(dir, "old.db");
    writeFileSync(file, "", { mode: 0o644 });
    sqliteFile(`file:${file}`);
    expect(modeOf(file)).toBe(0o600);
  });
});
