// Generates both Prisma clients (SQLite and PostgreSQL) without any engine download (client engine + driver
// adapter).
import { spawnSync } from "node:child_process";

for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  const result = spawnSync("prisma", ["generate", "--schema", schema], {
    stdio: "inherit",
    shell: false,
    env: {
      ...process.env,
      PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}`,
      PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false",
      PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
