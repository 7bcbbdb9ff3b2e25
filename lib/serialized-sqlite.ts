import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

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
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.queryRaw = exclusive(adapter.queryRaw.bind(adapter));
    adapter.executeRaw = exclusive(adapter.executeRaw.bind(adapter));
    adapter.executeScript = exclusive(adapter.executeScript.bind(adapter));
    adapter.startTransaction = async (isolationLevel) => {
      const release = await acquire();
      try {
        const transaction = await startTransaction(isolationLevel);
        const commit = transaction.commit.bind(transaction);
        const rollback = transaction.rollback.bind(transaction);
        transaction.commit = () => commit().finally(release);
        transaction.rollback = () => rollback().finally(release);
        return transaction;
      } catch (error) {
        release();
        throw error;
      }
    };
    return adapter;
  }
}
