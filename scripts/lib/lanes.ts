import { spawn } from "node:child_process";
import { prismaEnv } from "./run";

/** One command of a lane: its name, the command line and any environment of its own. */
export type Step = { name: string; command: string; args: string[]; env?: Record<string, string> };

export type StepResult = { name: string; code: number; seconds: number };

/**
 * Runs a step with its output collected, and prints it whole when the step ends (lanes running at once do not
 * interleave their lines), under a heading with the time it took.
 */
export function runStep(step: Step): Promise<StepResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      env: { ...process.env, ...prismaEnv, ...step.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("close", (status, signal) => {
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      const code = status ?? (signal ? 1 : 0);
      const verdict = code === 0 ? "passed" : `FAILED (exit ${code})`;
      process.stdout.write(
        `\n== ${step.name}: ${verdict} in ${seconds} s\n${Buffer.concat(output).toString()}`,
      );
      resolve({ name: step.name, code, seconds });
    });
  });
}

/** Runs the steps one after another, stopping at the first that fails. */
export async function runLane(steps: Step[]): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const step of steps) {
    const result = await runStep(step);
    results.push(result);
    if (result.code !== 0) break;
  }
  return results;
}
