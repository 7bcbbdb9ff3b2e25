import { spawn } from "node:child_process";
import { expect, it } from "vitest";
import { startMailerLiteEmulator } from "@/scripts/mailerlite-emulator";

it("npm run worker syncs, and stops cleanly on SIGTERM", { timeout: 30_000 }, async () => {
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
    await expect
      .poll(() => output, { timeout: 20_000 })
      .toContain(`Worker started: syncing with ${emulator.url}`);
    // It is working: the interests' groups appear in MailerLite.
    await expect.poll(() => emulator.state.groups.size, { timeout: 20_000 }).toBe(3);
    worker.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("Worker stopping (SIGTERM) after the calls in flight");
  } finally {
    worker.kill("SIGKILL");
    await emulator.close();
  }
});
