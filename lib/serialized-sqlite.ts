import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";
import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";

/** A FIFO lock: `acquire` resolves, in call order, with the function that releases it. */
function createLock() {
  let tail = Promise.resolve();
  return () =>
    new Promise<() => void>((resolve) => {
      const previous = tail;
      let release!: () => void;
      tail = new Promise<void>((done) => (release = done));
      void previous.then(() => resolve(release));
    });
}

/**
 * @prisma/adapter-better-sqlite3 6.19 shares one connection for the whole process and locks it only from
 * `startTransaction` to commit or rollback, so a statement sent from elsewhere while an interactive
 * transaction is open runs inside that transaction: it sees uncommitted rows and is undone by the rollback
 * (the same hazard that prisma/prisma-engines#4288 fixed in the libsql adapter by serializing every
 * operation; the better-sqlite3 adapter has no such lock, and no upstream issue tracks it). Here every
 * statement outside a transaction waits until open transactions end.
 *
 * The rule this relies on: inside `db.$transaction(async (tx) => …)` only `tx` is used. A `db` query there
 * would wait for the very transaction it runs in, and never return.
 */
export class SerializedSQLite extends PrismaBetterSQLite3 {
  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    const acquire = createLock();
    const exclusive =
      <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        const release = await acquire();
        try {
          return await run(...args);
        } finally {
          release();
        }
      };
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const { client } = adapter as unknown as { client: Database.Database };
    reuseStatements(client);
    adapter.queryRaw = exclusive(queryRaw);
    adapter.executeRaw = exclusive(executeRaw);
    adapter.executeScript = exclusive(adapter.executeScript.bind(adapter));
    // The adapter's own transactions begin deferred, so one that reads, then writes, fails at once with
    // SQLITE_BUSY_SNAPSHOT when another process (a worker, another instance) wrote meanwhile; and a BEGIN that
    // fails leaves its lock held. Here a transaction takes the write lock as it begins (waiting for it up to
    // the busy timeout), under this lock alone; the engine sends COMMIT or ROLLBACK itself.
    adapter.startTransaction = async (isolationLevel): Promise<Transaction> => {
      if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
        throw new Error(`SQLite runs every transaction serializable, not ${isolationLevel}`);
      }
      const release = await acquire();
      try {
        client.prepare("BEGIN IMMEDIATE").run();
      } catch (error) {
        release();
        throw error;
      }
      return {
        provider: adapter.provider,
        adapterName: adapter.adapterName,
        options: { usePhantomQuery: false },
        queryRaw,
        executeRaw,
        commit: async () => release(),
        rollback: async () => release(),
      };
    };
    return adapter;
  }
}

/** Statements kept prepared, by SQL text (the app's queries are a few hundred shapes at most). */
const KEPT_STATEMENTS = 500;

/**
 * The adapter prepares every statement anew (SQLite parses its SQL each time) and binds its arguments to it
 * for good. Here a statement is prepared once per SQL text, and each use passes its own arguments: what the
 * adapter calls (`bind(args)` then `run()`, `columns()` or `raw().all()`) runs the kept statement.
 */
function reuseStatements(client: Database.Database) {
  const prepare = client.prepare.bind(client);
  const kept = new Map<string, Database.Statement>();
  const reusable = (sql: string) => {
    let statement = kept.get(sql);
    if (!statement) {
      statement = prepare(sql);
      if (kept.size >= KEPT_STATEMENTS) kept.delete(kept.keys().next().value!);
      kept.set(sql, statement);
    }
    const use = statement;
    return {
      reader: use.reader,
      run: (...args: unknown[]) => use.run(...args),
      bind: (args: unknown[]) => ({
        reader: use.reader,
        run: () => use.run(args),
        columns: () => use.columns(),
        raw: () => ({ all: () => use.raw(true).all(args) }),
      }),
    };
  };
  client.prepare = reusable as unknown as typeof client.prepare;
}
