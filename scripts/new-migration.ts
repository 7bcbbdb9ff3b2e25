import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "./lib/migrate";
import { bin, run } from "./lib/run";

// Creates prisma/migrations/<timestamp>_<name> from the difference between the migrations and schema.prisma.
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:new -- <name>   (lower-case letters, digits and _)");
  process.exit(1);
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "bookclub-migration-"));
const databaseUrl = `file:${path.join(scratch, "scratch.db")}`;
const before = new Set(readdirSync("prisma/migrations"));
try {
  migrate(databaseUrl);
  // The JS schema engine can exit non-zero after writing the migration ("null pointer passed to rust"),
  // so success is judged by the new folder, not the exit code.
  const result = run(
    bin("prisma"),
    ["migrate", "dev", "--create-only", "--skip-generate", "--name", name],
    {
      DATABASE_URL: databaseUrl,
    },
    true,
  );
  const created = readdirSync("prisma/migrations").filter((entry) => !before.has(entry));
  if (created.length === 0) {
    console.error(result.output.trim() || "No migration was created: the schema matches the migrations.");
    process.exit(1);
  }
  console.log(
    `Created prisma/migrations/${created[0]}/migration.sql — review it, then run npm run db:migrate.`,
  );
  run(bin("prisma"), ["generate"], {}, true);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
