/**
 * Benchmark (not a test): does the time /signin takes to answer tell whether an address has an account?
 * Starts the production server (npm start; no background work unless BENCH_WORKER_MODE=inline, when each
 * request's mail is composed meanwhile in the same process) on a fresh database with KNOWN members, then
 * sends sign-in requests (the form as a browser without JavaScript sends it) for known and unknown addresses,
 * interleaved in a random order, one at a time. Prints both medians and how well the best threshold, fitted
 * on half of the requests, tells the two apart on the other half (50 % is chance).
 *
 *   npm run bench:signin -- [requests=200] [known members=100]
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { hiddenFormFields, startApp } from "./lib/app-server";

const REQUESTS = Number(process.argv[2] ?? 200);
const KNOWN = Number(process.argv[3] ?? 100);
const WARM_UP = 40;
const PORT = 3300;
const base = `http://localhost:${PORT}`;
const dir = mkdtempSync(path.join(os.tmpdir(), "bookclub-timing-"));
const databaseFile = path.join(dir, "timing.db");

function seededRandom(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

async function timeSignIn(fields: [string, string][], email: string): Promise<number> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  body.append("email", email);
  body.append("website", "");
  const started = performance.now();
  const response = await fetch(`${base}/signin`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { Origin: base },
  });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 303) throw new Error(`/signin answered ${response.status} for ${email}`);
  return elapsed;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The threshold (and side) that best separates known from unknown on `train`; its accuracy on `test`. */
function thresholdAccuracy(train: { ms: number; known: boolean }[], test: { ms: number; known: boolean }[]) {
  let best = { threshold: 0, knownAbove: true, hits: -1 };
  for (const { ms: threshold } of train) {
    for (const knownAbove of [true, false]) {
      const hits = train.filter((s) => (s.ms > threshold === knownAbove) === s.known).length;
      if (hits > best.hits) best = { threshold, knownAbove, hits };
    }
  }
  return test.filter((s) => (s.ms > best.threshold === best.knownAbove) === s.known).length / test.length;
}

async function main() {
  const server = await startApp(PORT, {
    DATABASE_URL: `file:${databaseFile}`,
    AUTH_SECRET: "timing-bench-secret-timing-bench-secret",
    MAILERLITE_API_KEY: "unused",
    MAIL_LIMIT_PER_ADDRESS: "100000",
    MAIL_LIMIT_PER_IP: "100000",
    WORKER_MODE: process.env.BENCH_WORKER_MODE ?? "external",
  });
  try {
    const sqlite = new Database(databaseFile);
    const insert = sqlite.prepare(
      "INSERT INTO User (id, email, firstName, emailVerified, createdAt, updatedAt) VALUES (?, ?, 'Known', ?, ?, ?)",
    );
    const now = Date.now();
    for (let i = 0; i < KNOWN; i += 1) insert.run(`known${i}`, `known${i}@timing.test`, now, now, now);
    sqlite.close();

    const fields = await hiddenFormFields(`${base}/signin`);
    const random = seededRandom(7);
    for (let i = 0; i < WARM_UP; i += 1) await timeSignIn(fields, `warm${i}@timing.test`);
    const samples: { ms: number; known: boolean }[] = [];
    for (let i = 0; i < REQUESTS; i += 1) {
      const known = random() < 0.5;
      const email = known ? `known${Math.floor(random() * KNOWN)}@timing.test` : `stranger${i}@timing.test`;
      samples.push({ ms: await timeSignIn(fields, email), known });
    }
    const known = samples.filter((s) => s.known).map((s) => s.ms);
    const unknown = samples.filter((s) => !s.known).map((s) => s.ms);
    const half = Math.floor(samples.length / 2);
    const accuracy =
      (thresholdAccuracy(samples.slice(0, half), samples.slice(half)) +
        thresholdAccuracy(samples.slice(half), samples.slice(0, half))) /
      2;
    // Two standard deviations of a fair coin's hit rate over these many guesses.
    const chanceBand = 2 * Math.sqrt(0.25 / samples.length);
    console.log(
      `sign-in timing: ${samples.length} requests (${known.length} known, ${unknown.length} unknown)`,
    );
    console.log(`  median known   ${median(known).toFixed(2)} ms`);
    console.log(`  median unknown ${median(unknown).toFixed(2)} ms`);
    console.log(`  difference     ${Math.abs(median(known) - median(unknown)).toFixed(2)} ms`);
    console.log(
      `  threshold classifier, cross-validated: ${(accuracy * 100).toFixed(1)} % ` +
        `(chance: 50 % ± ${(chanceBand * 100).toFixed(1)} %)`,
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
