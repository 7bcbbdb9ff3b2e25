import { EventEmitter } from "node:events";

const emitter = new EventEmitter();

/** Lets request code nudge this process's background loop instead of waiting for its next poll. */
export const backgroundWork = {
  wake: () => void emitter.emit("wake"),
  onWake: (listener: () => void) => {
    emitter.on("wake", listener);
    return () => void emitter.off("wake", listener);
  },
};
