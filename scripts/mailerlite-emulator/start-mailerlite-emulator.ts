import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApiResult } from "./api-result";
import { createCancellableSleep } from "./cancellable-sleep";
import { handleControlRequest } from "./control-routes";
import { resolveEmulatorOptions, type MailerLiteEmulatorOptions } from "./emulator-options";
import { EmulatorState } from "./emulator-state";
import { createFaultPicker, faultSettings, type FaultSettings } from "./faults";
import { FixedWindow } from "./fixed-window";
import { parseJson, readBody, sendJson } from "./http-io";
import type { RecordedRequest } from "./recorded-request";
import { routeApiRequest } from "./route-api-request";
import { loadStateFile, saveStateFile } from "./state-file";
import { WebhookDispatcher } from "./webhook-dispatcher";

export type MailerLiteEmulator = {
  /** Base URL for the client, e.g. "http://127.0.0.1:4010/api". */
  url: string;
  port: number;
  state: EmulatorState;
  requests: RecordedRequest[];
  /** Signed deliveries to the account's webhooks; also where tests make things happen "inside MailerLite". */
  webhooks: WebhookDispatcher;
  /** Empties the account, the request log and the rate windows; restores the start-up faults and seeds. */
  reset(): void;
  /** Replaces the fault settings (anything not given is off) and restarts the fault sequence. */
  setFaults(faults: Partial<FaultSettings>): FaultSettings;
  faults(): FaultSettings;
  /**
   * Ends every hang now: those requests go on as if their `hangMs` had passed (applied, and answered to a
   * client that has usually given up). A test that sets a long `hangMs` decides when they land.
   */
  releaseHangs(): void;
  close(): Promise<void>;
};

const MINUTE_MS = 60_000;

/** Starts an in-process MailerLite Connect API emulator (README.md beside this file). */
export async function startMailerLiteEmulator(
  options: MailerLiteEmulatorOptions = {},
): Promise<MailerLiteEmulator> {
  const config = resolveEmulatorOptions(options);
  const { now } = config;
  const windowMs = MINUTE_MS * config.timeScale;
  const state = new EmulatorState(config.seed);
  const { stateFile } = config;
  if (stateFile && loadStateFile(stateFile, state)) {
    config.log?.(
      `restored ${state.subscribers.size} subscribers and ${state.groups.size} groups from ${stateFile}`,
    );
  }
  const requests: RecordedRequest[] = [];
  const apiWindow = new FixedWindow(config.rateLimitPerMinute, windowMs);
  const imports = new FixedWindow(config.importsPerMinute, windowMs);
  const startFaults = faultSettings(config.faults, config.seed);
  let faults = startFaults;
  let pickFault = createFaultPicker(faults);
  let seq = 0;
  let closed = false;
  let apiUrl = "";
  const { sleep, cancelAll } = createCancellableSleep();
  const hangs = createCancellableSleep();
  const webhooks = new WebhookDispatcher(state, {
    timeScale: config.timeScale,
    accountId: "1",
    now,
    sleep,
    log: config.log,
  });

  const setFaults = (partial: Partial<FaultSettings>) => {
    const next = faultSettings(partial, config.seed);
    pickFault = createFaultPicker(next);
    faults = next;
    return faults;
  };

  const reset = () => {
    state.clear();
    webhooks.reset();
    requests.length = 0;
    apiWindow.reset();
    imports.reset();
    faults = startFaults;
    pickFault = createFaultPicker(faults);
  };

  const controlTarget = { state, requests, reset, setFaults, faults: () => faults, webhooks, now };

  const finish = (record: RecordedRequest, res: ServerResponse, result: ApiResult) => {
    record.status = result.status;
    record.delivered = !res.destroyed;
    record.durationMs = now() - record.time;
    sendJson(res, result.status, result.body, result.headers, result.pretty);
    config.log?.(
      `${record.method} ${record.path} → ${record.status}${record.fault ? ` [${record.fault}]` : ""} ${record.durationMs} ms`,
    );
  };

  const drop = (record: RecordedRequest, req: IncomingMessage) => {
    record.delivered = false;
    record.durationMs = now() - record.time;
    req.socket.destroy();
    config.log?.(`${record.method} ${record.path} → dropped [${record.fault}]`);
  };

  const rateHeaders = (remaining: number) => ({
    "X-RateLimit-Limit": String(config.rateLimitPerMinute),
    "X-RateLimit-Remaining": String(remaining),
  });

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    record: RecordedRequest,
    malformedJson: boolean,
  ) {
    const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1]?.trim() ?? "";
    const authorized = token !== "" && (config.acceptAnyKey || token === config.apiKey);
    if (!authorized) return finish(record, res, { status: 401, body: { message: "Unauthenticated." } });

    const decision = pickFault(`${record.method} ${record.path}`);
    record.fault = decision.kind;
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    if (closed) return;

    switch (decision.kind) {
      case "server_error":
        return finish(record, res, { status: decision.status, body: { message: "Server Error" } });
      case "rate_limited":
        return finish(record, res, {
          status: 429,
          body: { message: "Too Many Attempts." },
          headers: { ...rateHeaders(0), "Retry-After": String(faults.retryAfterSeconds) },
        });
      case "drop":
        return drop(record, req);
      case "hang":
        await hangs.sleep(faults.hangMs);
        if (closed) return;
        break;
    }

    const verdict = apiWindow.take(now());
    if (!verdict.allowed) {
      return finish(record, res, {
        status: 429,
        body: { message: "Too Many Attempts." },
        headers: {
          ...rateHeaders(0),
          "Retry-After": String(Math.max(1, Math.ceil(verdict.resetInMs / 1000))),
        },
      });
    }
    const headers = rateHeaders(verdict.remaining);
    if (malformedJson) {
      return finish(record, res, {
        status: 400,
        body: { message: "Malformed JSON in request body." },
        headers,
      });
    }

    const ctx = { state, now, apiUrl, imports, events: webhooks };
    const result = routeApiRequest(ctx, {
      method: record.method,
      path: url.pathname.slice("/api".length),
      query: url.searchParams,
      body: record.body,
    });
    if (decision.kind === "drop_after_apply") {
      record.status = result.status;
      return drop(record, req);
    }
    finish(record, res, { ...result, headers: { ...headers, ...result.headers } });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    const text = await readBody(req);
    if (text === null) return sendJson(res, 413, { message: "Request body too large." });
    // Anything but a read may change the account: the state file follows it.
    const keep = () => {
      if (stateFile && req.method !== "GET") saveStateFile(stateFile, state);
    };
    if (url.pathname.startsWith("/__emulator/")) {
      const result = handleControlRequest(controlTarget, req.method ?? "GET", url.pathname, text);
      keep();
      return sendJson(res, result.status, result.body);
    }
    if (url.pathname !== "/api" && !url.pathname.startsWith("/api/")) {
      return sendJson(res, 404, {
        message: `The route ${url.pathname.replace(/^\//, "")} could not be found.`,
      });
    }

    const parsed = parseJson(text);
    const record: RecordedRequest = {
      seq: ++seq,
      time: now(),
      method: (req.method ?? "GET").toUpperCase(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: parsed.ok ? parsed.value : text,
      status: null,
      fault: null,
      delivered: false,
      durationMs: null,
    };
    requests.push(record);
    if (requests.length > config.maxRecordedRequests) {
      requests.splice(0, requests.length - config.maxRecordedRequests);
    }
    try {
      await handleApi(req, res, url, record, !parsed.ok);
    } finally {
      if (!closed) keep();
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      sendJson(res, 500, { message: error instanceof Error ? error.message : "Server Error" });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  apiUrl = `http://${host}:${port}/api`;

  return {
    ...controlTarget,
    url: apiUrl,
    port,
    releaseHangs: hangs.cancelAll,
    close: async () => {
      closed = true;
      webhooks.close();
      cancelAll();
      hangs.cancelAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
