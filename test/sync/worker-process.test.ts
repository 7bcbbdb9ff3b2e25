// @module-tag database
import { spawn } from "node:child_process";
import { expect, it } from "vitest";
import { startMailerLiteEmulator } from "@/scripts/mailerlite-emulator";

/** A worker process starting (tsx compiles it first): a few seconds alone, far more on a busy machine. */
const STARTING = { timeout: 120_000 };

it("npm run worker syncs, and stops cleanly on SIGTERM", STARTING, async () => {
  const { db } = await import("@/lib/db");
  await db.interest.updateMany({ data: { groupId: null, groupName: null } });
  await db.syncStatus.deleteMany();
  const emulator = await startMailerLiteEmulator();
  const worker = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"],
    {
      env: {
        ...process.env,
        MAILERLITE_API_URL: emulator.url,
        MAILERLITE_API_KEY: "test-key",
        NODE_ENV: "production",
      },
    },
  );
  let output = "";
  worker.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  worker.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => worker.on("exit", (code) => resolve(code)));
  try {
    await expect.poll(() => output, STARTING).toContain(`Worker started: syncing with ${emulator.url}`);
    // It is working: the interests' groups appear in MailerLite.
    await expect.poll(() => emulator.state.groups.size, STARTING).toBe(3);
    worker.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("Worker stopping (SIGTERM) after the calls in flight");
  } finally {
    worker.kill("SIGKILL");
    await emulator.close();
  }
});

it("a link the worker mails works in the app, and the worker keeps no copy of it", STARTING, async () => {
  const { db } = await import("@/lib/db");
  const { isLinkUsable } = await import("@/lib/auth/link-tokens");
  const email = "worker-link@club.test";
  await db.user.deleteMany({ where: { email } });
  await db.user.create({ data: { email, emailVerified: new Date() } });
  await db.outboundMail.deleteMany();
  await db.outboundMail.create({ data: { to: email, kind: "link" } });
  // As `npm run worker` starts in a deployment: no NODE_ENV, the same AUTH_SECRET as the app.
  const env: Record<string, string | undefined> = { ...process.env, MAILERLITE_API_KEY: "" };
  delete env.NODE_ENV;
  const worker = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"],
    {
      env: env as unknown as NodeJS.ProcessEnv,
    },
  );
  let output = "";
  worker.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  worker.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect.poll(() => /https?:\/\/\S+\/signin\/verify\?\S+/.exec(output)?.[0], STARTING).toBeTruthy();
    const link = new URL(/https?:\/\/\S+\/signin\/verify\?\S+/.exec(output)![0]).searchParams;
    expect(await isLinkUsable({ email: link.get("email")!, token: link.get("token")! })).toBe(true);
    await expect
      .poll(async () => (await db.outboundMail.findFirst({ where: { to: email } }))?.sentAt)
      .toBeTruthy();
    expect(await db.outboundMail.findFirst({ where: { to: email } })).toMatchObject({
      text: null,
      html: null,
    });
  } finally {
    worker.kill("SIGKILL");
  }
});
