import { readFileSync, writeFileSync } from "node:fs";
import { POSTGRES_SCHEMA, postgresSchemaOf } from "./lib/postgres-schema";

// Writes prisma/postgres/schema.prisma from prisma/schema.prisma; with --check, fails when it is out of date.
const derived = postgresSchemaOf(readFileSync("prisma/schema.prisma", "utf8"));
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(POSTGRES_SCHEMA, "utf8");
  } catch {
    // Missing counts as out of date.
  }
  if (current !== derived) {
    console.error(`${POSTGRES_SCHEMA} is out of date: run npm run db:schema:postgres and commit it.`);
    process.exit(1);
  }
  console.log(`${POSTGRES_SCHEMA} matches prisma/schema.prisma.`);
} else {
  writeFileSync(POSTGRES_SCHEMA, derived);
  console.log(`Wrote ${POSTGRES_SCHEMA}.`);
}
