import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "./lib/migrate";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, postgresSchemaOf } from "./lib/postgres-schema";
import { bin, run } from "./lib/run";

// Creates prisma/migrations/<timestamp>_<name> from the difference between the migrations and schema.prisma,
// and the PostgreSQL migration of the same name (from the committed PostgreSQL schema to the one derived now).
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:new -- <name>   (lower-case letters, digits and _)");
  process.exit(1);
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "bookclub-migration-"));
const databaseUrl = `file:${path.join(scratch, "scratch.db")}`;
const before = new Set(readdirSync("prisma/migrations"));
try {
  migrate(databaseUrl, { searchIndex: false });
  // The JS schema engine can exit non-zero after writing the migration ("null pointer passed to rust"),
  // so success is judged by the new folder, not the exit code.
  const result = run(
    bin("prisma"),
    ["migrate", "dev", "--create-only", "--skip-generate", "--name", name],
    { DATABASE_URL: databaseUrl },
    true,
  );
  const created = readdirSync("prisma/migrations").filter((entry) => !before.has(entry));
  if (created.length === 0) {
    console.error(result.output.trim() || "No migration was created: the schema matches the migrations.");
    process.exit(1);
  }
  const folder = created[0]!;

  // PostgreSQL: the same change, diffed offline between the two derived schemas (no server needed).
  const next = path.join(scratch, "next.prisma");
  writeFileSync(next, postgresSchemaOf(readFileSync("prisma/schema.prisma", "utf8")));
  const diff = run(
    bin("prisma"),
    [
      "migrate",
      "diff",
      "--from-schema-datamodel",
      POSTGRES_SCHEMA,
      "--to-schema-datamodel",
      next,
      "--script",
    ],
    // A SQLite URL keeps the CLI from connecting anywhere: two datamodels need no database.
    { DATABASE_URL: databaseUrl },
    true,
  );
  if (diff.code !== 0) {
    console.error(diff.output.trim());
    process.exit(1);
  }
  const sql = diff.stdout;
  if (!/^\s*(ALTER|CREATE|DROP)/im.test(sql)) {
    // The committed PostgreSQL schema already had the change (e.g. npm run db:schema:postgres ran first).
    console.error(
      `The PostgreSQL migration came out empty: ${POSTGRES_SCHEMA} already holds the change. Restore it ` +
        `(git checkout ${POSTGRES_SCHEMA}), delete prisma/migrations/${folder}, and run this again.`,
    );
    process.exit(1);
  }
  mkdirSync(path.join(POSTGRES_MIGRATIONS, folder), { recursive: true });
  writeFileSync(path.join(POSTGRES_MIGRATIONS, folder, "migration.sql"), sql);
  writeFileSync(POSTGRES_SCHEMA, readFileSync(next, "utf8"));
  console.log(
    `Created prisma/migrations/${folder}/migration.sql and ${POSTGRES_MIGRATIONS}/${folder}/migration.sql — ` +
      "review both (hand-written SQL goes in both), then run npm run db:migrate.",
  );
  run(bin("prisma"), ["generate", "--schema", "prisma/schema.prisma"], {}, true);
  run(bin("prisma"), ["generate", "--schema", POSTGRES_SCHEMA], {}, true);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
