import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A throw-away PostgreSQL database on the server `adminUrl` points at (any database there, e.g.
 * postgresql://postgres@127.0.0.1:5432/postgres): its URL, and `drop` to remove it (closing its connections).
 */
export async function scratchPostgres(adminUrl: string, label = "test") {
  const name = `bookclub_${label}_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
