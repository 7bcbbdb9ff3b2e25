import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { parse } from "pg-connection-string";
import pg from "pg";

/**
 * The driver adapters Prisma's CLI (migrate, diff) uses with its JavaScript schema engine, each working around
 * bugs of the pinned 6.19.3 adapters that only migrations hit; the app itself uses the stock adapters.
 */

/**
 * better-sqlite3 prepares one statement at a time, but the schema engine replays a whole migration file
 * through one executeRaw on the shadow database; argument-less SQL goes through executeScript instead.
 */
export class MigrationSQLite extends PrismaBetterSQLite3 {
  override async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const adapter = await super.connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length === 0) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      return executeRaw(query);
    };
    return adapter;
  }
}

// The engine's catalog queries return columns of the types `name` (19) and `"char"` (18), which the adapter
// cannot describe; their values arrive as text, so they are described as text (25).
const TEXT_OID = 25;
const CATALOG_TEXT_OIDS = new Set([18, 19]);

type PgResult = { fields: { dataTypeID: number }[] };
// performIO is private in the adapter's type declarations; it is patched only because the version is pinned.
type WithPerformIO = { performIO(query: SqlQuery): Promise<PgResult> };

function describeCatalogTextAsText(queryable: unknown): void {
  const target = queryable as WithPerformIO;
  const performIO = target.performIO.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields)
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    return result;
  };
}

function migrationReady(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  describeCatalogTextAsText(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel): Promise<Transaction> => {
    const transaction = await startTransaction(isolationLevel);
    describeCatalogTextAsText(transaction);
    return transaction;
  };
  // The engine replays a whole migration file through one argument-less executeRaw, and the stock
  // executeScript splits at every ";", even inside strings and comments: both send such SQL whole (without
  // parameters pg uses the simple query protocol, which takes many statements).
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    const result = (await pool.query(query.sql)) as pg.QueryResult | pg.QueryResult[];
    return Array.isArray(result) ? 0 : (result.rowCount ?? 0);
  };
  adapter.executeScript = async (script) => {
    await pool.query(script);
  };
  return adapter;
}

/** The adapter-pg factory, with the fixes its migrations need. */
export class MigrationPostgres implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";

  constructor(private readonly connectionString: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.connectTo(this.connectionString, async () => {});
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replace(/-/g, "")}`;
    const main = new pg.Pool({ connectionString: this.connectionString, max: 1 });
    await main.query(`CREATE DATABASE "${name}"`);
    // Split into fields: a connectionString would override `database` and replay on the real database.
    const shadow = { ...parse(this.connectionString), database: name } as pg.PoolConfig;
    return this.connectTo(shadow, async () => {
      await main.query(`DROP DATABASE IF EXISTS "${name}"`);
      await main.end();
    });
  }

  private async connectTo(config: string | pg.PoolConfig, afterClose: () => Promise<void>) {
    const pool = new pg.Pool(
      typeof config === "string" ? { connectionString: config, max: 2 } : { ...config, max: 2 },
    );
    const adapter = await new PrismaPg(pool).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await pool.end();
      await afterClose();
    };
    return migrationReady(adapter, pool);
  }
}
