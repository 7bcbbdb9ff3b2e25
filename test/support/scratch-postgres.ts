import { randomBytes } from "node:crypto";
import pg from "pg";

async function query(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function urlOf(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A throw-away PostgreSQL database on the server `adminUrl` points at (any database there, e.g.
 * postgresql://postgres@127.0.0.1:5432/postgres): its URL; `drop` removes it (closing its connections), and
 * `dropCopies` the copies `copyPostgres` made of it.
 */
export async function scratchPostgres(adminUrl: string, label = "test") {
  const name = `bookclub_${label}_${randomBytes(4).toString("hex")}`;
  await query(adminUrl, `CREATE DATABASE "${name}"`);
  return {
    url: urlOf(adminUrl, name),
    drop: () => query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined),
    async dropCopies() {
      const copies = await query(
        adminUrl,
        `SELECT datname FROM pg_database WHERE datname LIKE '${name}\\_%'`,
      );
      for (const { datname } of copies.rows as { datname: string }[])
        await query(adminUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    },
  };
}

/**
 * A copy of the database at `templateUrl` named after it with `suffix`, made on the server `adminUrl` reaches
 * from the template when it does not exist yet: its URL. The template must have no open connection.
 */
export async function copyPostgres(adminUrl: string, templateUrl: string, suffix: string): Promise<string> {
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `${template}_${suffix}`;
  const exists = await query(adminUrl, `SELECT 1 FROM pg_database WHERE datname = '${name}'`);
  if (exists.rowCount === 0) await query(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return urlOf(adminUrl, name);
}
