import { expect } from "@playwright/test";
import { e2eEmulatorUrl } from "./e2e-env";

type RecordedRequest = { method: string; path: string; body?: unknown; status: number };
type RemoteSubscriber = {
  id: string;
  email: string;
  status: string;
  fields: Record<string, unknown>;
  groups: string[];
};
type RemoteGroup = { id: string; name: string };

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

  /** Waits until the emulator has received a request matching `method` and `path`. */
  async waitForRequest(method: string, path: string | RegExp): Promise<RecordedRequest> {
    let found: RecordedRequest | undefined;
    await expect
      .poll(
        async () => {
          found = (await this.requests()).find(
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
