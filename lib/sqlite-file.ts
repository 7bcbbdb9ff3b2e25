import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";

/**
 * The absolute path of a `file:` SQLite URL, resolved against the working directory. A folder it creates is
 * readable by this user only (0700); the database and its -wal and -shm files are made so (0600), also when
 * they were created before (SQLite gives the -wal and -shm files it creates the database file's mode).
 */
export function sqliteFile(databaseUrl: string): string {
  const file = path.resolve(databaseUrl.replace(/^file:/, "").replace(/\?.*$/, ""));
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // Never open an existing database file here: closing any descriptor of it drops the POSIX locks that a
    // connection of this process holds on it.
    if (!existsSync(file)) closeSync(openSync(file, "wx", 0o600));
    for (const own of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(own)) chmodSync(own, 0o600);
  } catch {
    // Reported by the first query instead, as an unreachable database.
  }
  return file;
}
