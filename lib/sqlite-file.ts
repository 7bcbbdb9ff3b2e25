import { mkdirSync } from "node:fs";
import path from "node:path";

/** The absolute path of a `file:` SQLite URL, resolved against the working directory; its folder is created. */
export function sqliteFile(databaseUrl: string): string {
  const file = path.resolve(databaseUrl.replace(/^file:/, "").replace(/\?.*$/, ""));
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch {
    // Reported by the first query instead, as an unreachable database.
  }
  return file;
}
