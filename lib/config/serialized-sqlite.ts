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
 * The better-sqlite3 adapter shares one connection between everything in the process, and locks it only for
 * interactive transactions: a query sent meanwhile from elsewhere would run inside that transaction and be
 * undone by its rollback. Here every statement outside a transaction waits for open transactions to end.
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
