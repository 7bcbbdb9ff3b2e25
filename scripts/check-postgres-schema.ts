import { readdirSync } from "node:fs";
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA } from "./lib/postgres-schema";
import { bin, run } from "./lib/run";

/**
 * Checks, against a PostgreSQL server (TEST_POSTGRES_URL), that the PostgreSQL migrations produce exactly the
 * PostgreSQL schema (itself checked against prisma/schema.prisma by `npm run db:schema:postgres -- --check`).
 */
const server = process.env.TEST_POSTGRES_URL;
if (!server) {
  console.error(
    "Set TEST_POSTGRES_URL to a PostgreSQL server's URL, e.g. postgresql://postgres@127.0.0.1:5432/postgres",
  );
  process.exit(1);
}
const folders = (dir: string) =>
  readdirSync(dir)
    .filter((entry) => /^\d+_/.test(entry))
    .join("\n");
if (folders("prisma/migrations") !== folders(POSTGRES_MIGRATIONS)) {
  console.error(`prisma/migrations and ${POSTGRES_MIGRATIONS} do not have the same migrations.`);
  process.exit(1);
}
const result = run(
  bin("prisma"),
  [
    "migrate",
    "diff",
    "--from-migrations",
    POSTGRES_MIGRATIONS,
    "--to-schema-datamodel",
    POSTGRES_SCHEMA,
    "--exit-code",
  ],
  { DATABASE_URL: server },
  true,
);
if (result.code !== 0) {
  console.error(result.output.trim());
  console.error(`${POSTGRES_MIGRATIONS} do not produce ${POSTGRES_SCHEMA}: see the difference above.`);
  process.exit(1);
}
console.log(`${POSTGRES_MIGRATIONS} produce ${POSTGRES_SCHEMA}.`);
