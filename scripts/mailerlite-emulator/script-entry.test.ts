import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("scripts/mailerlite-emulator/main.ts", () => {
  it("starts from the command line, serves the API and stops on SIGTERM", async () => {
    const root = path.resolve(__dirname, "../..");
    const child = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      ["scripts/mailerlite-emulator/main.ts", "--api-key", "cli-key", "--in-memory", "--quiet"],
      {
        cwd: root,
        env: { ...process.env, MAILERLITE_EMULATOR_PORT: "0" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const match = /MailerLite emulator: (\S+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("exit", () => reject(new Error(`emulator exited: ${output}`)));
      });
      const response = await fetch(`${url}/groups`, { headers: { Authorization: "Bearer cli-key" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("x-ratelimit-limit")).toBe("120");
    } finally {
      const exited = new Promise((resolve) => child.on("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  });
});
