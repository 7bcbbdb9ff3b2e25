import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import { inject, vi } from "vitest";
import { isPostgresUrl } from "../../lib/config/parse-env";
import { sqliteFile } from "../../lib/sqlite-file";
import { copyPostgres } from "./scratch-postgres";

/**
 * Each Vitest worker of the database project works on its own copy of the migrated template, made when the
 * worker runs its first file: its files run one after another on it, and other workers never see it.
 */
const template = inject("databaseTemplate");
const worker = process.env.VITEST_POOL_ID ?? "1";

if (isPostgresUrl(template)) {
  process.env.DATABASE_URL = await copyPostgres(inject("databaseServer"), template, `w${worker}`);
} else {
  const source = sqliteFile(template);
  const copy = path.join(path.dirname(source), `worker-${worker}.db`);
  if (!existsSync(copy)) copyFileSync(source, copy);
  process.env.DATABASE_URL = `file:${copy}`;
}

// The files of a worker share its modules (`isolate: false`): each starts from a fresh registry of the
// project's own modules, so that its vi.mock replacements (of @/lib/env, say) reach what it imports, and on
// the real clock.
vi.resetModules();
vi.useRealTimers();
