import { backgroundWork } from "@/lib/outbox/background-work";

export type LoopStep = () => Promise<unknown>;

/**
 * Runs `step` now, every `intervalMs`, and whenever request code wakes the loop; steps never overlap.
 * Returns a function that stops the loop once the current step has finished.
 */
export function runLoop(name: string, step: LoopStep, intervalMs: number): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = step()
      .then(() => undefined)
      .catch((error: unknown) =>
        console.error(`[${name}] ${error instanceof Error ? error.stack : String(error)}`),
      )
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          tick();
        }
      });
  };

  const timer = setInterval(tick, intervalMs);
  timer.unref();
  const unsubscribe = backgroundWork.onWake(tick);
  tick();

  return async () => {
    stopped = true;
    clearInterval(timer);
    unsubscribe();
    await running;
  };
}
