import path from "node:path";
import { e2ePortOffset } from "../support/e2e-env";

const port = (base: number) => base + e2ePortOffset;

/** The servers, workers and mailbox of the several-instances test (its own ports: it may run beside e2e). */
export const instances = {
  servers: [`http://localhost:${port(3201)}`, `http://localhost:${port(3202)}`],
  smtpPort: port(2727),
  mailboxDir: path.resolve("e2e/instances/test-results/.mailbox"),
  emulatorPort: port(4210),
  emulatorUrl: `http://127.0.0.1:${port(4210)}`,
  mailerliteKey: "instances-key",
  // Low enough that the test's load presses on it even on a busy machine.
  rateLimitPerMinute: 30,
  stateFile: path.resolve("e2e/instances/test-results/.state.json"),
  secret: "instances-secret-instances-secret-instances",
};

/** What the global setup started, for the test to read (and to kill a worker with). */
export type InstancesState = { databaseUrl: string; workers: { pid: number; owner: string }[] };
