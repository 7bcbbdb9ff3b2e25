import { expect } from "@playwright/test";
import { e2eEmulatorUrl, e2eMailerLiteKey } from "./e2e-env";

type RecordedRequest = { seq: number; method: string; path: string; body?: unknown; status: number };
type RemoteSubscriber = {
  id: string;
  email: string;
  status: string;
  fields: Record<string, unknown>;
  groups: string[];
};
type RemoteGroup = { id: string; name: string };
type Delivery = {
  seq: number;
  url: string;
  types: string[];
  body: string;
  signature: string;
  delivered: boolean;
};
type HandAction = "unsubscribe" | "bounce" | "spam" | "resubscribe" | "delete" | "forget";

async function control(method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${e2eEmulatorUrl}/__emulator${path}`, {
    method,
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, `${method} ${path}`).toBeLessThan(300);
  return response;
}

type BatchItem = { method: string; path: string; body?: unknown };

/** A request, and when it is a batch that was answered, each of its items as if sent alone. */
function withBatchItems(request: RecordedRequest): RecordedRequest[] {
  if (request.method !== "POST" || request.path !== "/api/batch" || request.status >= 300) return [request];
  const items = (request.body as { requests?: BatchItem[] } | undefined)?.requests ?? [];
  return [
    request,
    ...items.map((item) => ({
      ...request,
      method: item.method,
      path: `/${item.path.replace(/^\/+/, "")}`,
      body: item.body,
    })),
  ];
}

/** What the MailerLite emulator received and holds. */
export const mailerlite = {
  async requests(): Promise<RecordedRequest[]> {
    const response = await fetch(`${e2eEmulatorUrl}/__emulator/requests`);
    return ((await response.json()) as { data: RecordedRequest[] }).data;
  },

  async state(): Promise<{ subscribers: RemoteSubscriber[]; groups: RemoteGroup[] }> {
    return (await (await fetch(`${e2eEmulatorUrl}/__emulator/state`)).json()) as {
      subscribers: RemoteSubscriber[];
      groups: RemoteGroup[];
    };
  },

  async subscriber(email: string): Promise<RemoteSubscriber | undefined> {
    return (await this.state()).subscribers.find((s) => s.email === email);
  },

  async groupId(name: string): Promise<string> {
    const group = (await this.state()).groups.find((g) => g.name === name);
    expect(group, `group ${name}`).toBeDefined();
    return group!.id;
  },

  /** Something a person or the account owner does inside MailerLite; `deliver: false` loses its webhook. */
  async act(emailOrId: string, action: HandAction, options: { deliver?: boolean } = {}): Promise<void> {
    await control("POST", `/subscribers/${encodeURIComponent(emailOrId)}/${action}`, options);
  },

  /** Adds to or removes from a group by hand, as in MailerLite's dashboard. */
  async changeGroupByHand(
    subscriberId: string,
    groupId: string,
    join: boolean,
    options: { deliver?: boolean } = {},
  ) {
    await control(join ? "POST" : "DELETE", `/subscribers/${subscriberId}/groups/${groupId}`, options);
  },

  /** The webhook deliveries the emulator made (body and signature as sent). */
  async deliveries(): Promise<Delivery[]> {
    return ((await (await control("GET", "/deliveries")).json()) as { data: Delivery[] }).data;
  },

  /** The account's webhooks, through the API as the app sees them. */
  async webhooks(): Promise<{ id: string; url: string; events: string[]; batchable: boolean }[]> {
    const response = await fetch(`${e2eEmulatorUrl}/api/webhooks`, {
      headers: { Authorization: `Bearer ${e2eMailerLiteKey}`, Accept: "application/json" },
    });
    return (
      (await response.json()) as { data: { id: string; url: string; events: string[]; batchable: boolean }[] }
    ).data;
  },

  /**
   * Waits until the emulator has received a request matching `method` and `path`, alone or as an item of a
   * batch (the sync batches the calls of members that change at once).
   */
  async waitForRequest(method: string, path: string | RegExp): Promise<RecordedRequest> {
    let found: RecordedRequest | undefined;
    await expect
      .poll(
        async () => {
          found = (await this.requests())
            .flatMap(withBatchItems)
            .find(
              (r) =>
                r.method === method &&
                (typeof path === "string" ? r.path === path : path.test(r.path)) &&
                r.status < 300,
            );
          return Boolean(found);
        },
        { timeout: 15_000, message: `${method} ${path}` },
      )
      .toBe(true);
    return found!;
  },
};
