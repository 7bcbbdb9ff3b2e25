/**
 * Benchmark (not a test): a 10,000-row CSV import, from the uploaded bytes to every member synced in the
 * MailerLite emulator at MailerLite's real limits (120 requests and 5 imports a minute), time scaled down with
 * the ratio kept. The steps are the ones the server runs (the upload's check, the preview, the background
 * import job, the sync worker), in this one process on SQLite (or BENCH_POSTGRES_URL).
 * Prints rows per second to the database, the sync's share of what the limits allow, and peak RSS.
 *
 *   npm run bench:import -- [rows=10000] [timeScale=0.1]
 */
import { benchDatabase } from "./lib/bench-database";

const ROWS = Number(process.argv[2] ?? 10_000);
const TIME_SCALE = Number(process.argv[3] ?? 0.1);
const REQUESTS_PER_MINUTE = 120;
const IMPORTS_PER_MINUTE = 5;
const BATCH = 50;

function csv(rows: number): Buffer {
  const genres = ["True crime", "Romance", "Biographies", "Romance; True crime", ""];
  const lines = ["\uFEFFEmail;First name;Last name;Newsletter;Interests"];
  for (let i = 0; i < rows; i += 1) {
    lines.push(`reader${i}@import.bench;Reader;"Number ${i}, Jr.";yes;"${genres[i % genres.length]}"`);
  }
  return Buffer.from(lines.join("\r\n"));
}

async function main() {
  const store = await benchDatabase("import-bench");
  const { db } = await import("../lib/db");
  const { readImportFile } = await import("../lib/member-import/read-import-file");
  const { guessMapping } = await import("../lib/member-import/column-mapping");
  const { previewImport } = await import("../lib/member-import/preview-import");
  const { runImportStep } = await import("../lib/member-import/run-import");
  const { SyncWorker } = await import("../lib/sync/worker/sync-worker");
  const { startMailerLiteEmulator } = await import("../scripts/mailerlite-emulator");

  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const bytes = csv(ROWS);

  const t0 = performance.now();
  const file = await readImportFile(new Uint8Array(bytes));
  const job = await db.memberImport.create({
    data: {
      createdBy: "bench-admin",
      fileName: "bench.csv",
      source: file.text,
      delimiter: file.delimiter,
      columns: JSON.stringify(file.columns),
      rowCount: file.rowCount,
      consentBy: "admin@club.test",
      consentAt: new Date(),
    },
  });
  const t1 = performance.now();
  const interests = await db.interest.findMany({ select: { id: true, name: true } });
  const mapping = guessMapping(file.columns, interests);
  const counts = await previewImport(job.id, { source: file.text, delimiter: file.delimiter }, mapping, {
    newsletter: true,
    interests: false,
  });
  await db.memberImport.update({
    where: { id: job.id },
    data: { state: "queued", queuedAt: new Date(), source: null },
  });
  const t2 = performance.now();
  while (await runImportStep("bench-importer")) {
    /* chunk after chunk, as the background loop does */
  }
  const t3 = performance.now();
  const imported = await db.memberImport.findUniqueOrThrow({ where: { id: job.id } });

  const emulator = await startMailerLiteEmulator({
    timeScale: TIME_SCALE,
    rateLimitPerMinute: REQUESTS_PER_MINUTE,
    importsPerMinute: IMPORTS_PER_MINUTE,
  });
  const minuteMs = 60_000 * TIME_SCALE;
  const worker = new SyncWorker({
    baseUrl: emulator.url,
    apiKey: "test-key",
    requestsPerWindow: REQUESTS_PER_MINUTE,
    importsPerWindow: IMPORTS_PER_MINUTE,
    windowMs: minuteMs,
    log: () => {},
  });
  const s0 = performance.now();
  while ((await db.memberSync.count({ where: { state: { not: "synced" } } })) > 0) {
    if ((await worker.runOnce()) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const s1 = performance.now();
  clearInterval(sampler);

  const subscribers = [...emulator.state.subscribers.values()];
  const withGroups = subscribers.filter((s) => emulator.state.groupsOf(s.id).length > 0).length;
  const expectedInGroups = Array.from({ length: ROWS }, (_, i) => i % 5 !== 4).filter(Boolean).length;
  const minutes = (s1 - s0) / minuteMs;
  const best = IMPORTS_PER_MINUTE * BATCH + (REQUESTS_PER_MINUTE - IMPORTS_PER_MINUTE);
  const fastestMinutes = Math.max(Math.ceil(ROWS / best) - 1, ROWS / best / 2);
  const rejected = emulator.requests.filter((r) => r.status === 429).length;
  console.log(
    [
      `bench:import — ${ROWS} rows (${(bytes.byteLength / 2 ** 20).toFixed(2)} MiB, semicolons, BOM, quoted cells) on ` +
        `${store.url.startsWith("file:") ? "SQLite" : "PostgreSQL"}; MailerLite limits ${REQUESTS_PER_MINUTE} requests and ` +
        `${IMPORTS_PER_MINUTE} imports a minute, time scale ${TIME_SCALE} (1 minute = ${minuteMs / 1000} s)`,
      `upload check ${(t1 - t0).toFixed(0)} ms; preview ${(t2 - t1).toFixed(0)} ms (${JSON.stringify(counts)})`,
      `import job: ${imported.created} created in ${((t3 - t2) / 1000).toFixed(1)} s = ${(ROWS / ((t3 - t2) / 1000)).toFixed(0)} rows/s to the database`,
      `sync: ${subscribers.length} subscribers (${withGroups} in groups) in ${((s1 - s0) / 1000).toFixed(1)} s = ` +
        `${minutes.toFixed(2)} scaled minutes; the limits allow it in ${fastestMinutes.toFixed(2)} at best: ` +
        `share ${((fastestMinutes / minutes) * 100).toFixed(1)} %; ${emulator.requests.length} requests, ${rejected} answered 429`,
      `peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
    ].join("\n"),
  );
  await emulator.close();
  await db.$disconnect();
  await store.drop();
  if (subscribers.length !== ROWS || withGroups !== expectedInGroups) process.exit(1);
}

void main();
