/**
 * Benchmark (not a test): one reconciliation pass over N subscribers that MailerLite and the database agree
 * on but for a little drift made in MailerLite (unsubscribes and hand-made group changes whose webhooks were
 * lost), through the emulator at MailerLite's real limits with time scaled down. Prints the calls the pass
 * cost, how long it took (in real MailerLite minutes too), what it repaired and the peak memory.
 *
 *   npm run bench:reconcile -- [subscribers=5000] [timeScale=0.1]
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "../scripts/lib/migrate";

const SUBSCRIBERS = Number(process.argv[2] ?? 5000);
const TIME_SCALE = Number(process.argv[3] ?? 0.1);
const DRIFT_EVERY = 100;

const dir = mkdtempSync(path.join(os.tmpdir(), "bookclub-bench-"));

async function main() {
  const url = `file:${path.join(dir, "bench.db")}`;
  process.env.DATABASE_URL = url;
  const log = console.log;
  console.log = () => {};
  migrate(url);
  console.log = log;
  const { db } = await import("../lib/db");
  const { SyncWorker } = await import("../lib/sync/worker/sync-worker");
  const { queueReconcileRun } = await import("../lib/sync/reconcile-runs");
  const { startMailerLiteEmulator } = await import("../scripts/mailerlite-emulator");
  const { formatTimestamp } = await import("../scripts/mailerlite-emulator/timestamp");

  const emulator = await startMailerLiteEmulator({ timeScale: TIME_SCALE });
  const { state } = emulator;
  const now = formatTimestamp(Date.now() - 60_000);
  const interests = await db.interest.findMany({ orderBy: { id: "asc" } });
  for (const interest of interests) {
    const id = state.nextId();
    state.addGroup({ id, name: interest.name, created_at: now });
    await db.interest.update({ where: { id: interest.id }, data: { groupId: id, groupName: interest.name } });
  }
  const groupIds = (await db.interest.findMany({ orderBy: { id: "asc" } })).map((i) => i.groupId!);

  const synced = new Date(Date.now() - 60_000);
  for (let start = 0; start < SUBSCRIBERS; start += 500) {
    const rows = Array.from({ length: Math.min(500, SUBSCRIBERS - start) }, (_, k) => {
      const n = start + k;
      const chosen = groupIds.filter((_, g) => (n + g) % 2 === 0);
      const subscriberId = state.nextId();
      const email = `reader${n}@club.test`;
      state.addSubscriber({
        id: subscriberId,
        email,
        status: "active",
        source: "api",
        fields: { name: `Reader ${n}`, last_name: "Bench" },
        subscribed_at: now,
        unsubscribed_at: null,
        created_at: now,
        updated_at: now,
      });
      for (const groupId of chosen) state.join(subscriberId, groupId);
      return { n, id: `bench${n}`, email, subscriberId, chosen };
    });
    await db.user.createMany({
      data: rows.map((r) => ({
        id: r.id,
        email: r.email,
        firstName: `Reader ${r.n}`,
        lastName: "Bench",
        newsletter: true,
        emailVerified: synced,
        mailerliteId: r.subscriberId,
      })),
    });
    await db.memberInterest.createMany({
      data: rows.flatMap((r) =>
        r.chosen.map((groupId) => ({ userId: r.id, interestId: interests[groupIds.indexOf(groupId)]!.id })),
      ),
    });
    await db.memberSync.createMany({
      data: rows.map((r) => ({
        memberId: r.id,
        subscriberId: r.subscriberId,
        state: "synced",
        version: 1,
        syncedVersion: 1,
        remoteState: "present",
        remoteName: `Reader ${r.n}`,
        remoteLastName: "Bench",
        remoteGroups: [...r.chosen].sort().join(","),
        remoteStatus: "active",
        syncedAt: synced,
      })),
    });
  }
  // Drift made in MailerLite whose webhooks were lost: every 100th unsubscribed, every 100th (offset) moved
  // into a group by hand.
  const later = formatTimestamp(Date.now());
  let unsubscribed = 0;
  let moved = 0;
  for (const [index, subscriber] of [...state.subscribers.values()].entries()) {
    if (index % DRIFT_EVERY === 0) {
      Object.assign(subscriber, { status: "unsubscribed", unsubscribed_at: later, updated_at: later });
      unsubscribed += 1;
    } else if (index % DRIFT_EVERY === 50) {
      for (const groupId of groupIds) state.join(subscriber.id, groupId);
      moved += 1;
    }
  }

  const minuteMs = 60_000 * TIME_SCALE;
  const worker = new SyncWorker({
    baseUrl: emulator.url,
    apiKey: "test-key",
    windowMs: minuteMs,
    log: () => {},
    reconcileEveryMs: 24 * 60 * 60_000,
  });
  await queueReconcileRun(null);
  emulator.requests.length = 0;
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  const started = performance.now();
  let passMs = 0;
  for (;;) {
    const busy = (await worker.runOnce()) > 0;
    const reconciled = await worker.reconcileStep();
    const run = await db.reconcileRun.findFirstOrThrow();
    if (run.state === "done" && !passMs) passMs = performance.now() - started;
    const pending = await db.memberSync.count({ where: { state: { not: "synced" } } });
    if (run.state !== "queued" && run.state !== "running" && pending === 0 && !busy && !reconciled) break;
    if (!busy && !reconciled) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const elapsedMs = performance.now() - started;
  clearInterval(sampler);

  const run = await db.reconcileRun.findFirstOrThrow();
  const passCalls = emulator.requests.filter(
    (r) => r.method === "GET" && /\/(subscribers|groups|webhooks)$/.test(r.path),
  ).length;
  const repairCalls = emulator.requests.length - passCalls;
  const rejected = emulator.requests.filter((r) => r.status === 429).length;
  const stopped = await db.user.count({ where: { newsletterStop: "unsubscribed" } });
  const stillInAll = [...state.subscribers.values()].filter(
    (s) => (state.memberships.get(s.id)?.size ?? 0) === groupIds.length,
  ).length;
  console.log(
    [
      `bench:reconcile — ${SUBSCRIBERS} subscribers (${unsubscribed} unsubscribed and ${moved} moved into groups by hand, webhooks lost), ` +
        `MailerLite's limit of 120 requests a minute, time scale ${TIME_SCALE} (1 minute = ${minuteMs / 1000} s)`,
      `the pass: ${passCalls} calls (${run.pages} pages of subscribers), ${(passMs / 1000).toFixed(1)} s = ${(passMs / minuteMs).toFixed(2)} MailerLite minutes; ` +
        `${run.seen} seen, ${run.adopted} statuses adopted, ${run.repaired} repaired, ${run.vanished} read back (${run.missing} missing), ${run.unmatched} unmatched`,
      `the repairs: ${repairCalls} calls; everything in step after ${(elapsedMs / 1000).toFixed(1)} s = ${(elapsedMs / minuteMs).toFixed(2)} minutes; ` +
        `${rejected} answered 429; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
      `check: ${stopped} members with the newsletter stopped, ${stillInAll} subscribers still in every group`,
    ].join("\n"),
  );
  await emulator.close();
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
  if (stopped !== unsubscribed || run.state !== "done") process.exit(1);
}

void main();
