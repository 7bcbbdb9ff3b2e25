import { existsSync } from "node:fs";
import { bin, run } from "../scripts/lib/run";
import { scratchPostgres } from "../test/support/scratch-postgres";

/**
 * The security and no-JavaScript specs again, with the app on PostgreSQL (a throw-away database on the server
 * at TEST_POSTGRES_URL; the app migrates it as it starts): part of `npm run test:postgres`.
 */
const POSTGRES_SPECS = ["e2e/security.spec.ts", "e2e/no-javascript.spec.ts", "e2e/email-change.spec.ts"];

async function main(): Promise<number> {
  const server = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  if (!existsSync(".next/BUILD_ID") && run("npm", ["run", "build"]).code !== 0) return 1;
  const database = await scratchPostgres(server, "e2e");
  try {
    return run(bin("playwright"), ["test", ...POSTGRES_SPECS], {
      E2E_DATABASE_URL: database.url,
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
      PLAYWRIGHT_BROWSERS_PATH: "0",
    }).code;
  } finally {
    await database.drop();
  }
}

void main().then((code) => process.exit(code));
