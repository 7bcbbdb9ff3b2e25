import { describe, expect, it } from "vitest";
import { addSubscriberToGroup } from "./add-subscriber-to-group";
import { createMailerLiteClient } from "./client";
import { deleteSubscriber } from "./delete-subscriber";
import { fakeFetch, type FakeAnswer, type RecordedCall } from "./fake-fetch";
import { forgetSubscriber } from "./forget-subscriber";
import { getSubscriber } from "./get-subscriber";
import { removeSubscriberFromGroup } from "./remove-subscriber-from-group";
import { upsertSubscriber } from "./upsert-subscriber";

const subscriber = {
  id: "123456789012345678",
  email: "ada@example.com",
  status: "active",
  fields: { name: "Ada", last_name: null, company: null },
  groups: [],
  extra_field_from_the_future: true,
};
const notFound = {
  status: 404,
  body: { message: "No query results for model [App\\Models\\Subscriber\\Subscriber]." },
};

function clientAnswering(respond: (call: RecordedCall) => FakeAnswer) {
  const { fetch, calls } = fakeFetch(respond);
  return { client: createMailerLiteClient({ baseUrl: "https://ml.test/api", apiKey: "k", fetch }), calls };
}

describe("subscriber operations", () => {
  it("upsertSubscriber reports created for 201 and not for 200", async () => {
    const statuses = [201, 200];
    const { client, calls } = clientAnswering(() => ({
      status: statuses.shift(),
      body: { data: subscriber },
    }));
    const input = {
      email: "ada@example.com",
      fields: { name: "Ada" },
      groups: ["1"],
      status: "active",
    } as const;

    await expect(upsertSubscriber(client, input)).resolves.toEqual({
      id: subscriber.id,
      email: subscriber.email,
      status: "active",
      created: true,
    });
    await expect(upsertSubscriber(client, input)).resolves.toMatchObject({ created: false });
    expect(calls[0]?.body).toEqual(input);
    expect(calls[0]?.url.pathname).toBe("/api/subscribers");
  });

  it("getSubscriber encodes an e-mail address and returns null on 404", async () => {
    const { client, calls } = clientAnswering((call) =>
      call.url.pathname.endsWith("ada%40example.com") ? { body: { data: subscriber } } : notFound,
    );
    await expect(getSubscriber(client, "ada@example.com")).resolves.toMatchObject({ id: subscriber.id });
    await expect(getSubscriber(client, "nobody@example.com")).resolves.toBeNull();
    expect(calls[0]?.url.pathname).toBe("/api/subscribers/ada%40example.com");
  });

  it("deleteSubscriber counts a 404 as done", async () => {
    const answers: FakeAnswer[] = [{ status: 204 }, notFound];
    const { client } = clientAnswering(() => answers.shift() ?? notFound);
    await expect(deleteSubscriber(client, subscriber.id)).resolves.toBe("deleted");
    await expect(deleteSubscriber(client, subscriber.id)).resolves.toBe("not_found");
  });

  it("forgetSubscriber returns when MailerLite will forget", async () => {
    const answers: FakeAnswer[] = [
      {
        body: {
          data: { ...subscriber, deleted_at: "2026-01-01 10:00:00", forget_at: "2026-01-31 10:00:00" },
        },
      },
      notFound,
    ];
    const { client } = clientAnswering(() => answers.shift() ?? notFound);
    await expect(forgetSubscriber(client, subscriber.id)).resolves.toEqual({
      outcome: "forgotten",
      forgetAt: "2026-01-31 10:00:00",
    });
    await expect(forgetSubscriber(client, subscriber.id)).resolves.toEqual({ outcome: "not_found" });
  });

  it("group membership: add returns the group, removal reports a 404 as not_found", async () => {
    const answers: FakeAnswer[] = [
      { body: { data: { id: "42", name: "Romance" } } },
      { status: 204 },
      notFound,
    ];
    const { client, calls } = clientAnswering(() => answers.shift() ?? notFound);
    await expect(addSubscriberToGroup(client, "1", "42")).resolves.toMatchObject({
      id: "42",
      name: "Romance",
    });
    await expect(removeSubscriberFromGroup(client, "1", "42")).resolves.toBe("removed");
    await expect(removeSubscriberFromGroup(client, "1", "42")).resolves.toBe("not_found");
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      "POST /api/subscribers/1/groups/42",
      "DELETE /api/subscribers/1/groups/42",
      "DELETE /api/subscribers/1/groups/42",
    ]);
  });

  it("does not swallow other errors", async () => {
    const { client } = clientAnswering(() => ({ status: 503, body: { message: "down" } }));
    await expect(getSubscriber(client, "1")).rejects.toMatchObject({ code: "server", retryable: true });
    await expect(deleteSubscriber(client, "1")).rejects.toMatchObject({ code: "server" });
  });
});
