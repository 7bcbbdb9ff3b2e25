/** Timers that can all be cut short at once, so that closing the emulator never waits for a hang. */
export function createCancellableSleep() {
  const pending = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
  return {
    sleep(ms: number): Promise<void> {
      return new Promise((resolve) => {
        const entry = {
          timer: setTimeout(() => {
            pending.delete(entry);
            resolve();
          }, ms),
          wake: resolve,
        };
        pending.add(entry);
      });
    },
    cancelAll(): void {
      for (const entry of pending) {
        clearTimeout(entry.timer);
        entry.wake();
      }
      pending.clear();
    },
  };
}
