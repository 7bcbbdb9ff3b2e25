/**
 * Benchmark (not a test): N members pending, synced through the MailerLite emulator enforcing MailerLite's
 * real limits (120 requests and 5 imports a minute), with time scaled down and the ratio kept.
 * Prints members synced per (scaled) minute as a share of the best those limits allow.
 *
 *   npm run bench:sync -- [members=5000] [timeScale=0.1]
 *
 * BENCH_WORKERS=2 runs two workers at once (sharing the account's limits); BENCH_POSTGRES_URL=<server URL>
 * runs on a throw-away PostgreSQL database instead of SQLite.
 */
import { benchDatabase } from "./lib/bench-database";

const MEMBERS = Number(process.argv[2] ?? 5000);
const TIME_SCALE = Number(process.argv[3] ?? 0.1);
const REQUESTS_PER_MINUTE = Number(process.env.BENCH_REQUESTS_PER_MINUTE ?? 120);
const IMPORTS_PER_MINUTE = Number(process.env.BENCH_IMPORTS_PER_MINUTE ?? 5);
const BATCH = 50;

const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);

async function main() {
  const store = await benchDatabase("bench");
  const { db } = await import("../lib/db");
  const { SyncWorker } = await import("../lib/sync/worker/sync-worker");
  const { startMailerLiteEmulator } = await import("../scripts/mailerlite-emulator");

  const interests = ["seed_true_crime", "seed_romance", "seed_biographies"];
  for (let start = 0; start < MEMBERS; start += 500) {
    const ids = Array.from({ length: Math.min(500, MEMBERS - start) }, (_, i) => `bench${start + i}`);
    await db.user.createMany({
      data: ids.map((id, i) => ({
        id,
        email: `${id}@club.test`,
        firstName: `Reader ${start + i}`,
        lastName: "Bench",
        newsletter: true,
        emailVerified: new Date(),
      })),
    });
    await db.memberInterest.createMany({
      data: ids.flatMap((id, i) =>
        interests.filter((_, k) => (i + k) % 2 === 0).map((interestId) => ({ userId: id, interestId })),
      ),
    });
    await db.memberSync.createMany({ data: ids.map((memberId) => ({ memberId })) });
  }

  const emulator = await startMailerLiteEmulator({
    timeScale: TIME_SCALE,
    rateLimitPerMinute: REQUESTS_PER_MINUTE,
    importsPerMinute: IMPORTS_PER_MINUTE,
  });
  const minuteMs = 60_000 * TIME_SCALE;
  const workers = Array.from(
    { length: WORKERS },
    () =>
      new SyncWorker({
        baseUrl: emulator.url,
        apiKey: "test-key",
        requestsPerWindow: REQUESTS_PER_MINUTE,
        importsPerWindow: IMPORTS_PER_MINUTE,
        windowMs: minuteMs,
        log: () => {},
      }),
  );

  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  const started = performance.now();
  const run = async (worker: (typeof workers)[number]) => {
    while ((await db.memberSync.count({ where: { state: { not: "synced" } } })) > 0) {
      if ((await worker.runOnce()) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await Promise.all(workers.map(run));
  const elapsedMs = performance.now() - started;
  clearInterval(sampler);

  const subscribers = emulator.state.subscribers.size;
  const minutes = elapsedMs / minuteMs;
  const perMinute = MEMBERS / minutes;
  // The best the limits allow for new subscribers: every import slot as a full batch of upserts, and the
  // rest of the request budget as single upserts. Since a minute's budget is there at once, the fastest
  // possible run spends ceil(N / best) budgets, the last one at the start of its minute.
  const best = IMPORTS_PER_MINUTE * BATCH + (REQUESTS_PER_MINUTE - IMPORTS_PER_MINUTE);
  const fastestMinutes = Math.max(Math.ceil(MEMBERS / best) - 1, MEMBERS / best / 2);
  const requests = emulator.requests.length;
  const rejected = emulator.requests.filter((r) => r.status === 429).length;
  const batches = emulator.requests.filter((r) => r.path === "/api/batch" && r.status === 200).length;
  console.log(
    [
      `bench:sync — ${MEMBERS} members pending, ${WORKERS} worker(s) on ${store.url.startsWith("file:") ? "SQLite" : "PostgreSQL"}, MailerLite limits ${REQUESTS_PER_MINUTE} requests and ` +
        `${IMPORTS_PER_MINUTE} imports a minute, time scale ${TIME_SCALE} (1 minute = ${minuteMs / 1000} s)`,
      `synced ${subscribers} subscribers in ${(elapsedMs / 1000).toFixed(1)} s = ${minutes.toFixed(2)} scaled minutes`,
      `throughput ${perMinute.toFixed(0)} members/minute; the limits allow ${best}/minute in the long run and ` +
        `this many members in ${fastestMinutes.toFixed(2)} minutes at best; share ${((fastestMinutes / minutes) * 100).toFixed(1)} %`,
      `${requests} requests (${batches} batches, ${rejected} answered 429); peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
    ].join("\n"),
  );
  if (process.env.BENCH_TIMELINE) {
    const t0 = emulator.requests[0]!.time;
    const buckets = new Map<number, { batches: number; singles: number }>();
    for (const r of emulator.requests) {
      const b = Math.floor((r.time - t0) / minuteMs);
      const entry = buckets.get(b) ?? { batches: 0, singles: 0 };
      if (r.path === "/api/batch") entry.batches += 1;
      else entry.singles += 1;
      buckets.set(b, entry);
    }
    console.log(
      [...buckets.entries()]
        .map(([b, e]) => `minute ${b}: ${e.batches} batches, ${e.singles} singles`)
        .join("\n"),
    );
  }
  await emulator.close();
  await db.$disconnect();
  await store.drop();
  if (subscribers !== MEMBERS) process.exit(1);
}

void main();
