import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The folders whose `*.test.ts` files Vitest runs. */
export const testRoots = ["lib", "scripts", "test", "app"];

/** The line that puts a test file in the database project: it reaches a real database. */
export const DATABASE_TAG = /^\s*\/\/\s*@module-tag\s+database\b/m;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "node_modules" || entry.name === "generated" ? [] : testFiles(file);
    return entry.name.endsWith(".test.ts") ? [file] : [];
  });
}

/**
 * Every test file under `root`, split by its tag: `database` (a migrated database of the worker's own) and
 * `unit` (none: DATABASE_URL there reaches nothing).
 */
export function testProjects(root: string): { database: string[]; unit: string[] } {
  const files = testRoots.flatMap((dir) => testFiles(path.join(root, dir))).sort();
  const projects = { database: [] as string[], unit: [] as string[] };
  for (const file of files) {
    const relative = path.relative(root, file).split(path.sep).join("/");
    projects[DATABASE_TAG.test(readFileSync(file, "utf8")) ? "database" : "unit"].push(relative);
  }
  return projects;
}
