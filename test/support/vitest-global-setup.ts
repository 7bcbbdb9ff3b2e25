import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "../../scripts/lib/migrate";
import { scratchPostgres } from "./scratch-postgres";

function quietly(work: () => void) {
  const log = console.log;
  console.log = () => {};
  try {
    work();
  } finally {
    console.log = log;
  }
}

/**
 * The database project's template, migrated once and removed afterwards: a SQLite file, or with
 * TEST_POSTGRES_URL (a PostgreSQL server's URL) a throw-away database on that server. Each worker then takes
 * a copy of its own (test/support/worker-database.ts).
 */
export default async function setup(project: TestProject) {
  const postgres = process.env.TEST_POSTGRES_URL;
  if (postgres) {
    const template = await scratchPostgres(postgres, "unit");
    quietly(() => migrate(template.url));
    project.provide("databaseTemplate", template.url);
    project.provide("databaseServer", postgres);
    return async () => {
      await template.dropCopies();
      await template.drop();
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "bookclub-unit-"));
  const url = `file:${path.join(dir, "template.db")}`;
  quietly(() => migrate(url));
  project.provide("databaseTemplate", url);
  project.provide("databaseServer", "");
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: string;
    /** The PostgreSQL server's URL (TEST_POSTGRES_URL); empty on SQLite. */
    databaseServer: string;
  }
}
