import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";

/**
 * The absolute path of a `file:` SQLite URL, resolved against the working directory. Its folder and the file
 * are created readable by this user only (0700, 0600); SQLite gives its -wal and -shm files the file's mode.
 */
export function sqliteFile(databaseUrl: string): string {
  const file = path.resolve(databaseUrl.replace(/^file:/, "").replace(/\?.*$/, ""));
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    closeSync(openSync(file, "a", 0o600));
  } catch {
    // Reported by the first query instead, as an unreachable database.
  }
  return file;
}
