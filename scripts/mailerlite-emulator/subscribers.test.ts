import { describe, expect, it } from "vitest";
import { createGroup, MailerLiteError } from "@/lib/mailerlite";
import {
  deleteSubscriber,
  forgetSubscriber,
  getSubscriber,
  updateSubscriber,
  upsertSubscriber,
} from "@/test/support/mailerlite-calls";
import { rawRequest } from "./raw-request";
import { emulatorForTests } from "@/test/support/emulator-for-tests";

const ml = emulatorForTests();

async function validationError(promise: Promise<unknown>): Promise<MailerLiteError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MailerLiteError);
  expect(error).toMatchObject({ code: "validation", status: 422, retryable: false });
  return error as MailerLiteError;
}

describe("POST /subscribers (upsert)", () => {
  it("answers 201 for a new address, then 200, keyed by the lower-cased e-mail", async () => {
    const first = await upsertSubscriber(ml.client, { email: "Ada@Example.COM", status: "active" });
    expect(first).toMatchObject({ email: "ada@example.com", status: "active", created: true });
    expect(first.id).toMatch(/^\d{16,18}$/);

    const second = await upsertSubscriber(ml.client, { email: "ada@example.com", status: "active" });
    expect(second).toEqual({ ...first, created: false });
    expect(ml.emulator.state.subscribers.size).toBe(1);
  });

  it("keeps fields that are not sent and adds groups without removing any", async () => {
    const romance = await createGroup(ml.client, "Romance");
    const crime = await createGroup(ml.client, "True crime");
    const { id } = await upsertSubscriber(ml.client, {
      email: "ada@example.com",
      fields: { name: "Ada", last_name: "Lovelace" },
      groups: [romance.id],
      status: "active",
    });
    await upsertSubscriber(ml.client, {
      email: "ada@example.com",
      fields: { name: "Augusta" },
      groups: [crime.id],
      status: "active",
    });

    const stored = await getSubscriber(ml.client, id);
    expect(stored?.fields).toMatchObject({ name: "Augusta", last_name: "Lovelace", company: null });
    expect(stored?.groups?.map((g) => g.name).sort()).toEqual(["Romance", "True crime"]);
    expect([...(ml.emulator.state.memberships.get(id) ?? [])].sort()).toEqual([romance.id, crime.id].sort());
  });

  it("rejects group objects in place of ids like Laravel does", async () => {
    const response = await rawRequest(ml.emulator.url, "POST", "/subscribers", {
      body: { email: "ada@example.com", groups: [{ id: "1", name: "Romance" }] },
    });
    expect(response.status).toBe(422);
    expect(response.json).toEqual({
      message: "The groups.0 must be a number.",
      errors: { "groups.0": ["The groups.0 must be a number."] },
    });
    expect(ml.emulator.state.subscribers.size).toBe(0);
  });

  it("reports every validation error, and unknown group ids", async () => {
    const response = await rawRequest(ml.emulator.url, "POST", "/subscribers", {
      body: { email: "not-an-address", groups: ["123", "x"] },
    });
    expect(response.json).toEqual({
      message: "The email must be a valid email address. (and 2 more errors)",
      errors: {
        email: ["The email must be a valid email address."],
        "groups.0": ["The selected groups.0 is invalid."],
        "groups.1": ["The groups.1 must be a number."],
      },
    });

    const error = await validationError(upsertSubscriber(ml.client, { email: "", status: "active" }));
    expect(error.message).toBe("The email field is required.");
    expect(error.fieldErrors).toEqual({ email: ["The email field is required."] });
  });

  it("will not re-activate an unsubscribed subscriber", async () => {
    await upsertSubscriber(ml.client, { email: "gone@example.com", status: "unsubscribed" });
    const error = await validationError(
      upsertSubscriber(ml.client, { email: "gone@example.com", status: "active" }),
    );
    expect(error.message).toBe("This subscriber is unsubscribed and cannot be imported");
    expect((await getSubscriber(ml.client, "gone@example.com"))?.status).toBe("unsubscribed");
  });

  it("stores the status as sent; without one, unconfirmed turns active", async () => {
    const raw = await rawRequest(ml.emulator.url, "POST", "/subscribers", {
      body: { email: "new@example.com" },
    });
    expect(raw.json).toMatchObject({ data: { status: "active" } });

    await upsertSubscriber(ml.client, { email: "u@example.com", status: "unconfirmed" });
    expect((await getSubscriber(ml.client, "u@example.com"))?.status).toBe("unconfirmed");
    await rawRequest(ml.emulator.url, "POST", "/subscribers", { body: { email: "u@example.com" } });
    expect((await getSubscriber(ml.client, "u@example.com"))?.status).toBe("active");
  });
});

describe("GET /subscribers/{id or e-mail}", () => {
  it("returns the full subscriber shape", async () => {
    const group = await createGroup(ml.client, "Romance");
    const { id } = await upsertSubscriber(ml.client, {
      email: "ada@example.com",
      fields: { name: "Ada" },
      groups: [group.id],
      status: "active",
    });
    const response = await rawRequest(ml.emulator.url, "GET", `/subscribers/${id}`);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      data: {
        id,
        email: "ada@example.com",
        status: "active",
        source: "api",
        sent: 0,
        opens_count: 0,
        clicks_count: 0,
        open_rate: 0,
        click_rate: 0,
        ip_address: null,
        subscribed_at: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
        unsubscribed_at: null,
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
        updated_at: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
        fields: {
          name: "Ada",
          last_name: null,
          company: null,
          country: null,
          city: null,
          phone: null,
          state: null,
          z_i_p: null,
        },
        groups: [expect.objectContaining({ id: group.id, name: "Romance", active_count: 1 })],
        opted_in_at: null,
        optin_ip: null,
      },
    });
  });

  it("answers 404 with Laravel's model message for an unknown id or e-mail", async () => {
    for (const key of ["12345678901234567", "nobody%40example.com"]) {
      const response = await rawRequest(ml.emulator.url, "GET", `/subscribers/${key}`);
      expect(response.status).toBe(404);
      expect(response.json).toEqual({
        message: "No query results for model [App\\Models\\Subscriber\\Subscriber].",
      });
      expect(response.headers.get("x-ratelimit-remaining")).not.toBeNull();
    }
    await expect(getSubscriber(ml.client, "nobody@example.com")).resolves.toBeNull();
  });
});

describe("PUT, DELETE and forget", () => {
  it("never changes a subscriber's address: a top-level email is ignored as fields.email is", async () => {
    const { id } = await upsertSubscriber(ml.client, { email: "ada@example.com", status: "active" });
    const response = await rawRequest(ml.emulator.url, "PUT", `/subscribers/${id}`, {
      body: { email: "new@example.com" },
    });
    expect(response.status).toBe(200);
    expect((await getSubscriber(ml.client, id))?.email).toBe("ada@example.com");
    await expect(getSubscriber(ml.client, "new@example.com")).resolves.toBeNull();
  });

  it("merges fields and ignores fields.email", async () => {
    const { id } = await upsertSubscriber(ml.client, {
      email: "ada@example.com",
      fields: { name: "Ada", last_name: "Lovelace" },
      status: "active",
    });
    const updated = await updateSubscriber(ml.client, id, {
      fields: { last_name: "King", email: "new@example.com" },
    });
    expect(updated.email).toBe("ada@example.com");
    expect(updated.fields).toMatchObject({ name: "Ada", last_name: "King" });
  });

  it("deletes with 204, then answers 404; the e-mail comes back as a new subscriber", async () => {
    const { id } = await upsertSubscriber(ml.client, { email: "ada@example.com", status: "active" });
    const response = await rawRequest(ml.emulator.url, "DELETE", `/subscribers/${id}`);
    expect(response.status).toBe(204);
    expect(response.text).toBe("");
    expect((await rawRequest(ml.emulator.url, "DELETE", `/subscribers/${id}`)).status).toBe(404);
    await expect(deleteSubscriber(ml.client, id)).resolves.toBe("not_found");

    const again = await upsertSubscriber(ml.client, { email: "ada@example.com", status: "active" });
    expect(again.created).toBe(true);
    expect(again.id).not.toBe(id);
  });

  it("forgets a subscriber: 200 with forget_at 30 days on, and gone from the lists", async () => {
    const { id } = await upsertSubscriber(ml.client, { email: "ada@example.com", status: "active" });
    const response = await rawRequest(ml.emulator.url, "POST", `/subscribers/${id}/forget`);
    expect(response.json).toMatchObject({
      data: { id, email: "ada@example.com", deleted_at: expect.any(String), forget_at: expect.any(String) },
      message: "Subscriber data will be completely deleted and forgotten within 30 days.",
    });
    const { data } = response.json as { data: { deleted_at: string; forget_at: string } };
    const days = (Date.parse(`${data.forget_at}Z`) - Date.parse(`${data.deleted_at}Z`)) / 86_400_000;
    expect(days).toBe(30);
    expect((await rawRequest(ml.emulator.url, "GET", "/subscribers?limit=0")).json).toEqual({ total: 0 });
    await expect(forgetSubscriber(ml.client, id)).resolves.toEqual({ outcome: "not_found" });
  });
});

describe("GET /subscribers", () => {
  it("pages with a cursor, and limit=0 gives the total", async () => {
    for (let i = 0; i < 5; i++)
      await upsertSubscriber(ml.client, { email: `m${i}@example.com`, status: "active" });
    expect((await rawRequest(ml.emulator.url, "GET", "/subscribers?limit=0")).json).toEqual({ total: 5 });

    const emails: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const page = (await rawRequest(ml.emulator.url, "GET", `/subscribers${query}`)).json as {
        data: { email: string; groups?: unknown }[];
        meta: { next_cursor: string | null; per_page: number };
      };
      expect(page.meta.per_page).toBe(2);
      expect(page.data.every((s) => s.groups === undefined)).toBe(true);
      emails.push(...page.data.map((s) => s.email));
      cursor = page.meta.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(emails).toEqual(["m0", "m1", "m2", "m3", "m4"].map((m) => `${m}@example.com`));

    const withGroups = (await rawRequest(ml.emulator.url, "GET", "/subscribers?include=groups")).json as {
      data: { groups?: unknown }[];
    };
    expect(withGroups.data[0]?.groups).toEqual([]);
  });
});
