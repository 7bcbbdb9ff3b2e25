/**
 * Benchmark (not a test): the production server under HTTP load, as a club's one small server runs it.
 * Builds once if there is no build, starts `npm start` on a fresh SQLite database with MEMBERS seeded members
 * (MailerLite: the emulator, in this process; mail: a real SMTP server, in this process), then measures with
 * autocannon, CONNECTIONS keep-alive clients for SECONDS each (after a short warm-up): the floor (an empty page
 * and an empty server action, /dev/floor), the home page, sign-up (the JavaScript action and the no-JS form
 * post, unique addresses, abuse limits raised), a signed-in member's interest toggle, /admin and a search as
 * an admin (two words, matching an eighth of the members). Checks that every accepted sign-up is in the
 * database and its mail reached the SMTP server; the scenario after a sign-up run starts once that run's mails
 * have left (it measures its own work, not their backlog).
 * Prints req/s, p50/p95/p99, each as a ratio to the floor, the process tree's RSS and the public pages' JS.
 *
 *   npm run bench:http -- [--members=1000] [--seconds=10] [--connections=10] [--burst=1000] [--build]
 *                          [--only=sign-up,toggle] (scenarios whose name has one of these, and the floor)
 *                          [--profile=DIR] (the server's CPU profile, written into DIR when it stops)
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { benchDatabase } from "./lib/bench-database";
import { hiddenFormFields, spawnServer } from "./lib/app-server";
import { processTree, rssSampler, treeRssMib } from "./lib/process-tree";
import { startSmtpSink } from "./lib/smtp-sink";
import { captureAction, multipartBody } from "./http/capture-action";
import { pageScripts } from "./http/page-scripts";
import { runLoad, type LoadResult, type LoadSpec } from "./http/run-load";
import { seedMembers, sessionFor } from "./http/seed-members";

const option = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const MEMBERS = option("members", 1000);
const SECONDS = option("seconds", 10);
const CONNECTIONS = option("connections", 10);
const BURST = option("burst", 1000);
const text = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
const ONLY = text("only");
const PROFILE = text("profile");
const PORT = 3400;
const base = `http://localhost:${PORT}`;
const SECRET = "bench-http-secret-bench-http-secret-0123";
const ADMIN = "admin@bench.test";
const CAPTURE_EMAIL = "capture@signup.bench";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "—");

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error("timed out");
    await sleep(50);
  }
}

async function main() {
  if (!existsSync(".next/BUILD_ID") || process.argv.includes("--build")) {
    if (spawnSync("npm", ["run", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
  }
  const store = await benchDatabase("http");
  const databaseFile = store.url.slice("file:".length);
  const seeded = performance.now();
  seedMembers(databaseFile, MEMBERS);
  console.log(`Seeded ${MEMBERS} members in ${fmt(performance.now() - seeded)} ms`);

  const smtp = await startSmtpSink(2700);
  const { startMailerLiteEmulator } = await import("../scripts/mailerlite-emulator");
  const emulator = await startMailerLiteEmulator({ port: 4400, acceptAnyKey: true });

  const startedAt = performance.now();
  // With --profile, node itself (what npm start runs) with the profiler on.
  const server = spawnServer(
    {
      PORT: String(PORT),
      APP_URL: base,
      DATABASE_URL: store.url,
      AUTH_SECRET: SECRET,
      SMTP_URL: smtp.url,
      ADMIN_EMAILS: ADMIN,
      MAIL_LIMIT_PER_IP: "100000000",
      MAILERLITE_API_URL: emulator.url,
      MAILERLITE_API_KEY: "bench-key",
      BENCH_ROUTES: "on",
    },
    PROFILE ? { command: ["node", ["--cpu-prof", `--cpu-prof-dir=${PROFILE}`, "scripts/start.mjs"]] } : {},
  );
  const stop = async () => {
    await server.stop();
    await Promise.all([smtp.close(), emulator.close()]);
    await store.drop();
  };
  try {
    await waitFor(
      () =>
        fetch(`${base}/`).then(
          (r) => (r.ok ? true : undefined),
          () => undefined,
        ),
      120_000,
    );
    const startMs = performance.now() - startedAt;
    await sleep(3_000);
    const idleTree = processTree(server.pid);
    const idleRss = treeRssMib(server.pid);

    const noJs = await multipartBody([
      ...(await hiddenFormFields(`${base}/signup`)),
      ["email", CAPTURE_EMAIL],
      ["firstName", "Bench"],
      ["lastName", "Reader"],
      ["interests", "seed_romance"],
      ["website", ""],
    ]);
    const signupEmail = (kind: string, n: number) => `${kind}${n}@signup.bench`;
    // Done: the no-JS post is redirected (303); the script's call answers "sent" (the page then moves on).
    const signedUp = (status: number, _headers: Record<string, unknown>, body: string) =>
      status === 303 || (status === 200 && body.includes('"status":"sent"'));

    // First, on the fresh server: a burst of BURST sign-ups (the form without JavaScript), how soon every one
    // of their mails has left, and the memory it takes.
    const burstRss = rssSampler(server.pid);
    const burstStarted = Date.now();
    const burst = await runLoad({
      url: `${base}/signup`,
      method: "POST",
      headers: { "content-type": noJs.contentType, origin: base },
      body: (n) => noJs.body.replace(CAPTURE_EMAIL, signupEmail("burst", n)),
      accepted: signedUp,
      connections: CONNECTIONS,
      seconds: 0,
      amount: BURST,
    });
    const burstEmails = burst.acceptedNumbers.map((n) => signupEmail("burst", n));
    const burstSeconds = (Date.now() - burstStarted) / 1000;
    let burstMailSeconds = NaN;
    try {
      await waitFor(
        () => (burstEmails.every((email) => smtp.received.has(email)) ? true : undefined),
        180_000,
      );
      burstMailSeconds =
        (Math.max(...burstEmails.map((email) => smtp.received.get(email)![0]!)) - burstStarted) / 1000;
    } catch {
      /* reported below */
    }
    const burstPeakRss = burstRss.stop();

    const memberCookies = Array.from({ length: CONNECTIONS }, (_, i) =>
      sessionFor(databaseFile, `reader${i}@seed.bench`, SECRET),
    );
    const cookie = (token: string) => `authjs.session-token=${token}`;
    const adminCookie = cookie(sessionFor(databaseFile, ADMIN, SECRET));

    const floorAction = await captureAction(base, "/dev/floor", (page) =>
      page.getByRole("button", { name: "Nothing" }).click(),
    );
    const jsSignup = await captureAction(base, "/signup", async (page) => {
      await page.getByRole("textbox", { name: "Email" }).fill(CAPTURE_EMAIL);
      await page.getByRole("textbox", { name: "First name" }).fill("Bench");
      await page.getByRole("textbox", { name: "Last name" }).fill("Reader");
      await page.getByRole("checkbox", { name: "Romance" }).check();
      await page.getByRole("button", { name: "Sign up" }).click();
    });
    const toggle = await captureAction(
      base,
      "/profile",
      (page) => page.getByRole("checkbox", { name: "Biographies" }).click(),
      memberCookies[0],
    );

    const scenarios: {
      name: string;
      floor: "page" | "action";
      spec: Omit<LoadSpec, "connections" | "seconds">;
    }[] = [
      { name: "floor: empty page", floor: "page", spec: { url: `${base}/dev/floor` } },
      {
        name: "floor: empty action",
        floor: "action",
        spec: {
          url: floorAction.url,
          method: "POST",
          headers: floorAction.headers,
          body: () => floorAction.body,
        },
      },
      { name: "home", floor: "page", spec: { url: `${base}/` } },
      {
        name: "sign-up (JS action)",
        floor: "action",
        spec: {
          url: jsSignup.url,
          method: "POST",
          headers: jsSignup.headers,
          body: (n) => jsSignup.body.replace(CAPTURE_EMAIL, signupEmail("js", n)),
          accepted: signedUp,
        },
      },
      {
        name: "sign-up (no-JS post)",
        floor: "action",
        spec: {
          url: `${base}/signup`,
          method: "POST",
          headers: { "content-type": noJs.contentType, origin: base },
          body: (n) => noJs.body.replace(CAPTURE_EMAIL, signupEmail("nojs", n)),
          accepted: signedUp,
        },
      },
      {
        name: "member toggle",
        floor: "action",
        spec: {
          url: toggle.url,
          method: "POST",
          headers: toggle.headers,
          cookies: memberCookies.map(cookie),
          body: (n) => (n % 2 ? toggle.body : flip(toggle.body)),
          accepted: (status, _headers, body) => status === 200 && body.includes('"ok":true'),
        },
      },
      { name: "/admin", floor: "page", spec: { url: `${base}/admin`, cookies: [adminCookie] } },
      {
        name: "/admin search",
        floor: "page",
        spec: { url: `${base}/admin?q=${encodeURIComponent("okafor reader")}`, cookies: [adminCookie] },
      },
    ];

    // The server's code is compiled as it first runs: warm it up on a page and an action before measuring.
    for (const scenario of scenarios.slice(0, 2))
      await runLoad({ ...scenario.spec, connections: CONNECTIONS, seconds: 5 });
    const sampler = rssSampler(server.pid);
    const results: { name: string; floor: "page" | "action"; result: LoadResult; peakRss: number }[] = [];
    const signupBodies = new Map<string, number[]>([["burst", burst.acceptedNumbers]]);
    const mailLag: string[] = [];
    for (const scenario of scenarios.filter(
      (s) => !ONLY || s.name.startsWith("floor") || ONLY.split(",").some((part) => s.name.includes(part)),
    )) {
      const warmUp = await runLoad({ ...scenario.spec, connections: CONNECTIONS, seconds: 2 });
      const scenarioRss = rssSampler(server.pid);
      const from = process.hrtime.bigint() / 1000n;
      const result = await runLoad({
        ...scenario.spec,
        firstNumber: 1_000_000,
        connections: CONNECTIONS,
        seconds: SECONDS,
      });
      results.push({ ...scenario, result, peakRss: scenarioRss.stop() });
      // The profile's clock (microseconds, monotonic): what this scenario's window was in it.
      if (PROFILE)
        console.log(`profile window "${scenario.name}": ${from} ${process.hrtime.bigint() / 1000n}`);
      console.log(`${scenario.name}: ${fmt(result.rate, 1)} /s, p95 ${fmt(result.p95)} ms`, result.statuses);
      if (scenario.name.startsWith("sign-up")) {
        const kind = scenario.name.includes("no-JS") ? "nojs" : "js";
        const numbers = [...warmUp.acceptedNumbers, ...result.acceptedNumbers];
        signupBodies.set(kind, numbers);
        // The next scenario starts once these mails have left: it measures its own work, not this backlog.
        const ended = performance.timeOrigin + performance.now();
        const emails = numbers.map((n) => signupEmail(kind, n));
        const mailed = await waitFor(
          () => (emails.every((e) => smtp.received.has(e)) ? true : undefined),
          180_000,
        )
          .then(() => Math.max(...emails.map((e) => Math.max(...smtp.received.get(e)!))) - ended)
          .catch(() => NaN);
        mailLag.push(`${fmt(mailed)} ms after the ${scenario.name} run ended`);
      }
    }
    const peakRss = sampler.stop();

    // Every accepted sign-up is in the database, and its mail reached the SMTP server.
    const expected = [...signupBodies].flatMap(([kind, numbers]) => numbers.map((n) => signupEmail(kind, n)));
    const db = new Database(databaseFile, { readonly: true });
    const stored = new Set(
      (
        db.prepare(`SELECT email FROM User WHERE email LIKE '%@signup.bench'`).all() as { email: string }[]
      ).map((row) => row.email),
    );
    db.close();
    const missing = expected.filter((email) => !stored.has(email));
    await waitFor(
      () => (expected.every((email) => smtp.received.has(email)) ? true : undefined),
      180_000,
    ).catch(() => undefined);
    const unmailed = expected.filter((email) => !smtp.received.has(email));
    const twice = expected.filter((email) => (smtp.received.get(email)?.length ?? 0) > 1);

    const scripts = await Promise.all(
      ["/dev/floor", "/", "/signup", "/signin"].map((path) => pageScripts(base, path)),
    );

    const floorOf = (kind: "page" | "action") =>
      results.find((r) => r.name === `floor: empty ${kind}`)!.result.rate;
    console.log(
      `\n${MEMBERS} members · ${CONNECTIONS} connections · ${SECONDS} s each · start to first 200: ${fmt(startMs)} ms`,
    );
    console.log(
      "| scenario | req/s | × floor | p50 ms | p95 ms | p99 ms | non-2xx/3xx | peak tree RSS MiB |",
    );
    console.log("|---|---|---|---|---|---|---|---|");
    for (const { name, floor, result, peakRss: rss } of results) {
      const refused = result.requests - result.accepted + result.errors;
      console.log(
        `| ${name} | ${fmt(result.rate, 1)} | ${fmt(result.rate / floorOf(floor), 2)} | ${fmt(result.p50)} | ${fmt(result.p95)} | ${fmt(result.p99)} | ${refused} | ${fmt(rss)} |`,
      );
    }
    console.log(
      `\nProcess tree after start (${fmt(idleRss)} MiB): ${idleTree.map((p) => `${p.name} ${fmt(p.rssKb / 1024)} MiB`).join("; ")}` +
        ` (PSS, each page shared with other processes, the benchmark's own node included, split among them: ${fmt(idleTree.reduce((sum, p) => sum + p.pssKb, 0) / 1024)} MiB)`,
    );
    console.log(
      `Peak tree RSS over the run: ${fmt(peakRss)} MiB (${fmt(peakRss / idleRss, 2)} × after start)`,
    );
    console.log(
      `Sign-ups accepted: ${expected.length}; missing in the database: ${missing.length}; ` +
        `mail not received: ${unmailed.length}; received twice: ${twice.length}; ` +
        `last mail ${mailLag.join(", ") || "—"}`,
    );
    console.log(
      `Burst: ${burst.accepted} of ${BURST} sign-ups accepted in ${fmt(burstSeconds, 1)} s; ` +
        `all their mails handed to the SMTP server ${fmt(burstMailSeconds, 1)} s after the burst began; ` +
        `peak tree RSS ${fmt(burstPeakRss)} MiB (${fmt(burstPeakRss / idleRss, 2)} × after start)`,
    );
    const [floor, ...publicPages] = scripts;
    console.log(`JS (gzip) on /dev/floor (the floor): ${fmt(floor!.gzip / 1024, 1)} KiB`);
    ["/", "/signup", "/signin"].forEach((path, i) => {
      const page = publicPages[i]!;
      console.log(
        `JS (gzip) on ${path}: ${fmt(page.gzip / 1024, 1)} KiB (${fmt(page.raw / 1024, 1)} KiB decoded), ` +
          `${fmt((page.gzip - floor!.gzip) / 1024, 1)} KiB above the floor`,
      );
    });
    if (missing.length > 0 || unmailed.length > 0 || twice.length > 0) process.exitCode = 1;
  } finally {
    await stop();
  }
}

/** The other state of the captured toggle: ticked becomes unticked and back. */
function flip(body: string): string {
  return body.includes("true") ? body.replace("true", "false") : body.replace("false", "true");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
