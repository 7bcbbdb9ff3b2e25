import "server-only";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** A table whose rows processes take turns at, and which of its rows are waiting for one. */
export type LeaseTable = {
  table: "OutboundMail" | "MemberSync" | "WebhookEvent" | "MemberImport" | "WorkerLease";
  key: "id" | "memberId" | "name";
  /** Who holds a row and until when (`leaseOwner`, `leaseUntil`, emptied on release, unless given). */
  lease?: { owner: "owner"; until: "until"; released: Prisma.Sql };
  /** The rows that may be leased at all, whatever their lease (e.g. `"state" = 'pending'`). */
  open?: Prisma.Sql;
  /** What claims take first (the oldest), and the time a row is due at (later ones wait). */
  order?: "createdAt" | "nextAttemptAt" | "receivedAt" | "queuedAt";
  dueAt?: "nextAttemptAt";
  /** A column every write sets to its time (what Prisma's `@updatedAt` does for its own writes). */
  stamp?: "updatedAt";
};

/** A process's lease on rows: who holds them, from when (the caller's clock) and for how long. */
export type Lease = { owner: string; now: Date; ms: number };
/** A process that holds rows, at a time of its clock (to renew, release or finish them). */
export type Holder = Pick<Lease, "owner" | "now">;

type Client = Pick<Tx, "$queryRaw" | "$executeRaw">;
type Options = { client?: Client; set?: Prisma.Sql };

const name = (identifier: string) => Prisma.raw(`"${identifier}"`);
const extra = (set: Prisma.Sql | undefined) => (set ? Prisma.sql`, ${set}` : Prisma.empty);

/**
 * The one way rows are leased, whatever the queue: a process claims rows (its `owner` holds each until a
 * time), renews the lease while it works and releases it when done; a crashed or stalled holder's lease
 * runs out and another process takes the row over. Each step is one conditional write, so any number of
 * processes share a queue safely, on SQLite and PostgreSQL alike. `client` runs a step in a transaction;
 * `set` writes more columns with it.
 */
export function leaseQueue(table: LeaseTable) {
  const { owner, until, released } = table.lease ?? {
    owner: "leaseOwner",
    until: "leaseUntil",
    released: Prisma.sql`"leaseOwner" = NULL, "leaseUntil" = NULL`,
  };
  const open = table.open ?? Prisma.sql`1 = 1`;
  const free = (now: Date) => Prisma.sql`(${name(until)} IS NULL OR ${name(until)} < ${now})`;
  const keysIn = (keys: string[]) => Prisma.sql`${name(table.key)} IN (${Prisma.join(keys)})`;
  const stamp = (now: Date) => (table.stamp ? Prisma.sql`, ${name(table.stamp)} = ${now}` : Prisma.empty);

  /** Holds the open rows among `keys` that meet `condition` until `lease.ms` from now: their keys, in order. */
  async function hold(keys: string[], lease: Lease, condition: Prisma.Sql, client: Client, set?: Prisma.Sql) {
    if (keys.length === 0) return [];
    const end = new Date(lease.now.getTime() + lease.ms);
    const rows = await client.$queryRaw<{ key: string }[]>`
      UPDATE ${name(table.table)} SET ${name(until)} = ${end} ${stamp(lease.now)} ${extra(set)}
      WHERE ${keysIn(keys)} AND ${open} AND ${condition}
      RETURNING ${name(table.key)} AS "key"`;
    const got = new Set(rows.map((row) => row.key));
    return keys.filter((key) => got.has(key));
  }

  const queue = {
    /**
     * Leases up to `limit` rows that are open, due and free (never leased, or their lease ran out), oldest
     * first. Returns their keys in that order: a row another process won meanwhile is left out.
     */
    async claimDue(lease: Lease, limit: number, { client = db, set }: Options = {}): Promise<string[]> {
      const due = table.dueAt ? Prisma.sql`AND ${name(table.dueAt)} <= ${lease.now}` : Prisma.empty;
      const order = table.order ? Prisma.sql`ORDER BY ${name(table.order)} ASC` : Prisma.empty;
      const rows = await client.$queryRaw<{ key: string }[]>`
        SELECT ${name(table.key)} AS "key" FROM ${name(table.table)}
        WHERE ${open} ${due} AND ${free(lease.now)} ${order} LIMIT ${limit}`;
      return queue.claim(
        rows.map((row) => row.key),
        lease,
        { client, set },
      );
    },

    /** Leases those of `keys` that are open and free; returns the ones it won, in the order given. */
    claim(keys: string[], lease: Lease, { client = db, set }: Options = {}): Promise<string[]> {
      const taken = Prisma.sql`${name(owner)} = ${lease.owner} ${extra(set)}`;
      return hold(keys, lease, free(lease.now), client, taken);
    },

    /** Extends the lease on those of `keys` that `lease.owner` still holds (none taken over): those. */
    renew(keys: string[], lease: Lease, { client = db }: Options = {}): Promise<string[]> {
      return hold(keys, lease, Prisma.sql`${name(owner)} = ${lease.owner}`, client);
    },

    /** Gives back those of `keys` that `holder.owner` holds (and that match `where`): how many. */
    async release(
      keys: string[],
      holder: Holder,
      { client = db, set, where }: Options & { where?: Prisma.Sql } = {},
    ): Promise<number> {
      if (keys.length === 0) return 0;
      const also = where ? Prisma.sql`AND ${where}` : Prisma.empty;
      return client.$executeRaw`
        UPDATE ${name(table.table)} SET ${released} ${stamp(holder.now)} ${extra(set)}
        WHERE ${keysIn(keys)} AND ${name(owner)} = ${holder.owner} ${also}`;
    },
  };
  return queue;
}

export type LeaseQueue = ReturnType<typeof leaseQueue>;
