/**
 * Benchmark (not a test): large bodies posted to an anonymous page. Sends COUNT concurrent multipart posts of
 * MEGABYTES each to /signup, three ways, each against a fresh `npm start` (the production build, built once if
 * there is none; a fresh SQLite database): the form as a browser without JavaScript posts it (the action's id
 * in the body), the script's call (a Next-Action header), and the no-JS form without a declared length
 * (chunked). Prints, for each, the time until every answer has arrived, the answers' statuses and the server
 * process tree's RSS before and at its peak.
 *
 *   npm run bench:bodies -- [--count=8] [--megabytes=9] [--build]
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:http";
import { hiddenFormFields, spawnServer } from "./lib/app-server";
import { benchDatabase } from "./lib/bench-database";
import { rssSampler, treeRssMib } from "./lib/process-tree";

const option = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const COUNT = option("count", 8);
const MEGABYTES = option("megabytes", 9);
const PORT = 3460;
const base = `http://localhost:${PORT}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "—");

/** A multipart body of `fields`, then a text field `padding` that brings it to `size` bytes. */
function multipart(fields: [string, string][], size: number) {
  const boundary = "----bench-request-bodies";
  const part = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head = fields.map(([name, value]) => part(name, value)).join("");
  const paddingHead = `--${boundary}\r\nContent-Disposition: form-data; name="padding"\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const fill = Math.max(0, size - Buffer.byteLength(head + paddingHead + tail));
  return {
    body: Buffer.concat([Buffer.from(head + paddingHead), Buffer.alloc(fill, "a"), Buffer.from(tail)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

type Answer = { status: number; ms: number } | { error: string; ms: number };

/** Posts `body` to `path`: with its length declared, or (chunked) in 64 KiB chunks without one. */
function post(
  path: string,
  headers: Record<string, string>,
  body: Buffer,
  chunked: boolean,
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      `${base}${path}`,
      {
        method: "POST",
        headers: { ...headers, ...(chunked ? {} : { "Content-Length": String(body.byteLength) }) },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on("error", (error) => resolve({ error: error.message, ms: performance.now() - started }));
    if (!chunked) return void req.end(body);
    let offset = 0;
    const next = () => {
      while (offset < body.byteLength) {
        const chunk = body.subarray(offset, offset + 64 * 1024);
        offset += chunk.byteLength;
        if (!req.write(chunk)) return void req.once("drain", next);
      }
      req.end();
    };
    next();
  });
}

/** `npm start` on a fresh database (its log is not shown), once /signup answers; `stop` ends it. */
async function startServer(emulatorUrl: string) {
  const store = await benchDatabase("bodies");
  const server = spawnServer(
    {
      PORT: String(PORT),
      APP_URL: base,
      DATABASE_URL: store.url,
      AUTH_SECRET: "bench-bodies-secret-bench-bodies-secret-01",
      MAILERLITE_API_URL: emulatorUrl,
      MAILERLITE_API_KEY: "bench-key",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    { quiet: true },
  );
  const stop = () => server.stop().then(() => store.drop());
  for (
    let i = 0;
    !(await fetch(`${base}/signup`).then(
      (r) => r.ok,
      () => false,
    ));
    i += 1
  ) {
    if (i > 240) {
      await stop();
      throw new Error("the server did not start");
    }
    await sleep(500);
  }
  return { pid: server.pid, stop };
}

/** The sign-up form's fields, as the page's script and a browser without JavaScript send them. */
async function signupForms(size: number) {
  const hidden = await hiddenFormFields(`${base}/signup`);
  const actionId =
    hidden.map(([name]) => /^\$ACTION_ID_(.+)$/.exec(name)?.[1]).find(Boolean) ??
    (JSON.parse(hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1] ?? "{}") as { id?: string }).id;
  const fields: [string, string][] = [
    ["email", "big@bodies.bench"],
    ["firstName", "Big"],
    ["lastName", "Body"],
    ["website", ""],
  ];
  const script = multipart(
    [
      ["0", JSON.stringify([{ status: "idle" }, "$K1"])],
      ...fields.map(([n, v]): [string, string] => [`1_${n}`, v]),
    ],
    size,
  );
  return { noJs: multipart([...hidden, ...fields], size), script, actionId: actionId ?? "" };
}

const SCENARIOS = [
  { name: "no-JS form (action id in the body)", form: "noJs", nextAction: false, chunked: false },
  { name: "script's call (Next-Action header)", form: "script", nextAction: true, chunked: false },
  { name: "no-JS form, chunked (no Content-Length)", form: "noJs", nextAction: false, chunked: true },
] as const;

async function main() {
  if (!existsSync(".next/BUILD_ID") || process.argv.includes("--build")) {
    if (spawnSync("npm", ["run", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
  }
  const { startMailerLiteEmulator } = await import("../scripts/mailerlite-emulator");
  const emulator = await startMailerLiteEmulator({ port: 4460, acceptAnyKey: true });
  const rows: string[] = [];
  try {
    // Each way on a server of its own, so that one's garbage does not weigh on the next.
    for (const scenario of SCENARIOS) {
      const server = await startServer(emulator.url);
      try {
        const forms = await signupForms(MEGABYTES * 1024 * 1024);
        const form = forms[scenario.form];
        const headers = {
          "Content-Type": form.contentType,
          Origin: base,
          ...(scenario.nextAction ? { "Next-Action": forms.actionId } : {}),
        };
        await sleep(2_000);
        const before = treeRssMib(server.pid);
        const sampler = rssSampler(server.pid, 50);
        const started = performance.now();
        const answers = await Promise.all(
          Array.from({ length: COUNT }, () => post("/signup", headers, form.body, scenario.chunked)),
        );
        const seconds = (performance.now() - started) / 1000;
        const peak = sampler.stop();
        const counts: Record<string, number> = {};
        for (const answer of answers) {
          const key = "status" in answer ? String(answer.status) : answer.error;
          counts[key] = (counts[key] ?? 0) + 1;
        }
        const answered = Object.entries(counts)
          .map(([key, n]) => `${n}× ${key}`)
          .join(", ");
        const slowest = Math.max(...answers.map((a) => a.ms));
        rows.push(
          `| ${scenario.name} | ${fmt(seconds, 2)} s | ${answered} | ${fmt(slowest)} ms | ${fmt(before)} | ${fmt(peak)} |`,
        );
        console.log(rows.at(-1));
      } finally {
        await server.stop();
      }
    }
  } finally {
    await emulator.close();
  }
  console.log(
    `\n${COUNT} concurrent posts of ${MEGABYTES} MiB to /signup, each way on a fresh server (npm start)`,
  );
  console.log("| posts | time until all answered | answers | slowest | tree RSS before, MiB | peak, MiB |");
  console.log("|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
