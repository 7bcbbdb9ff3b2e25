import { spawn, type ChildProcess } from "node:child_process";

/** The production server (npm start) on `port` with `env`, once it answers; `stop` ends it. */
export async function startApp(port: number, env: Record<string, string>) {
  const child: ChildProcess = spawn("node", ["scripts/start.mjs"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  for (let i = 0; i < 240; i += 1) {
    if (
      await fetch(`http://localhost:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`The app on port ${port} did not start`);
}

/**
 * The production server as a club runs it (`npm start`, or `command`) with `env`, in a process group of its
 * own so that `stop` ends npm and the server together. Its errors go to this process's unless `quiet`.
 */
export function spawnServer(
  env: Record<string, string>,
  { command = ["npm", ["start"]], quiet = false }: { command?: [string, string[]]; quiet?: boolean } = {},
) {
  const child = spawn(command[0], command[1], {
    detached: true,
    stdio: ["ignore", "ignore", quiet ? "ignore" : "inherit"],
    env: { ...process.env, NODE_ENV: "production", ...env },
  });
  return {
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid!, "SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

/** The hidden fields React puts in the page's form, which name its server action (as a browser without
 * JavaScript sends them). */
export async function hiddenFormFields(pageUrl: string): Promise<[string, string][]> {
  const html = await (await fetch(pageUrl)).text();
  const form = html.slice(html.indexOf("<form"), html.indexOf("</form>"));
  const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  return [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].flatMap(([tag]) => {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    return name
      ? [[unescape(name), unescape(/value="([^"]*)"/.exec(tag)?.[1] ?? "")] as [string, string]]
      : [];
  });
}
