import { describe, expect, it } from "vitest";
import { createGroup, findGroupByExactName, renameGroup } from "@/lib/mailerlite";
import {
  addSubscriberToGroup,
  deleteGroup,
  getSubscriber,
  removeSubscriberFromGroup,
  upsertSubscriber,
} from "@/test/support/mailerlite-calls";
import { rawRequest } from "./raw-request";
import { emulatorForTests } from "@/test/support/emulator-for-tests";

const ml = emulatorForTests();

type GroupPage = {
  data: { id: string; name: string }[];
  links: Record<string, string | null>;
  meta: Record<string, unknown>;
};

describe("GET /groups", () => {
  it("filters by PARTIAL, case-insensitive name; the ml.client still finds the exact one", async () => {
    const dark = await createGroup(ml.client, "Dark Romance");
    const romance = await createGroup(ml.client, "Romance");
    await createGroup(ml.client, "True crime");

    const page = (await rawRequest(ml.emulator.url, "GET", "/groups?filter[name]=romance")).json as GroupPage;
    expect(page.data.map((g) => g.name)).toEqual(["Dark Romance", "Romance"]);

    await expect(findGroupByExactName(ml.client, "Romance")).resolves.toMatchObject({ id: romance.id });
    await expect(findGroupByExactName(ml.client, "Dark Romance")).resolves.toMatchObject({ id: dark.id });
    await expect(findGroupByExactName(ml.client, "romance")).resolves.toBeNull();
    await expect(findGroupByExactName(ml.client, "Horror")).resolves.toBeNull();
  });

  it("pages with limit and page, with Laravel's meta and links", async () => {
    for (const name of ["A", "B", "C", "D", "E"]) await createGroup(ml.client, name);
    const page = (await rawRequest(ml.emulator.url, "GET", "/groups?limit=2&page=2")).json as GroupPage;
    expect(page.data.map((g) => g.name)).toEqual(["C", "D"]);
    expect(page.meta).toMatchObject({
      current_page: 2,
      from: 3,
      last_page: 3,
      per_page: 2,
      to: 4,
      total: 5,
      path: `${ml.emulator.url}/groups`,
    });
    expect(page.meta.links).toHaveLength(5);
    expect(page.links).toMatchObject({
      prev: `${ml.emulator.url}/groups?page=1`,
      next: `${ml.emulator.url}/groups?page=3`,
    });

    const sorted = (await rawRequest(ml.emulator.url, "GET", "/groups?sort=-name&limit=3")).json as GroupPage;
    expect(sorted.data.map((g) => g.name)).toEqual(["E", "D", "C"]);
    expect((await rawRequest(ml.emulator.url, "GET", "/groups?sort=colour")).status).toBe(422);
  });
});

describe("group changes", () => {
  it("creates (201), renames (200) and deletes (204) a group, then answers 404", async () => {
    const created = await rawRequest(ml.emulator.url, "POST", "/groups", { body: { name: "Romance" } });
    expect(created.status).toBe(201);
    const group = (created.json as { data: Record<string, unknown> & { id: string } }).data;
    expect(group).toEqual({
      id: expect.stringMatching(/^\d{16,18}$/),
      name: "Romance",
      active_count: 0,
      sent_count: 0,
      opens_count: 0,
      open_rate: { float: 0, string: "0%" },
      clicks_count: 0,
      click_rate: { float: 0, string: "0%" },
      unsubscribed_count: 0,
      unconfirmed_count: 0,
      bounced_count: 0,
      junk_count: 0,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
    });

    await expect(renameGroup(ml.client, group.id, "Dark Romance")).resolves.toMatchObject({
      name: "Dark Romance",
    });
    expect((await rawRequest(ml.emulator.url, "DELETE", `/groups/${group.id}`)).status).toBe(204);

    const missing = await rawRequest(ml.emulator.url, "PUT", `/groups/${group.id}`, { body: { name: "x" } });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({
      message: `No query results for model [App\\Models\\Group\\Group] ${group.id}`,
    });
    await expect(deleteGroup(ml.client, group.id)).resolves.toBe("not_found");
  });

  it("validates the name", async () => {
    const missing = await rawRequest(ml.emulator.url, "POST", "/groups", { body: {} });
    expect(missing.status).toBe(422);
    expect(missing.json).toEqual({
      message: "The name field is required.",
      errors: { name: ["The name field is required."] },
    });
    const long = await rawRequest(ml.emulator.url, "POST", "/groups", { body: { name: "x".repeat(256) } });
    expect((long.json as { message: string }).message).toBe(
      "The name must not be greater than 255 characters.",
    );
    expect(
      (await rawRequest(ml.emulator.url, "POST", "/groups", { body: { name: "x".repeat(255) } })).status,
    ).toBe(201);
  });
});

describe("memberships", () => {
  it("adds (200 with the group) and removes (204); counts follow the subscribers' statuses", async () => {
    const group = await createGroup(ml.client, "Romance");
    const ada = await upsertSubscriber(ml.client, { email: "ada@example.com", status: "active" });
    const bob = await upsertSubscriber(ml.client, { email: "bob@example.com", status: "unconfirmed" });

    await expect(addSubscriberToGroup(ml.client, ada.id, group.id)).resolves.toMatchObject({
      active_count: 1,
    });
    await expect(addSubscriberToGroup(ml.client, bob.id, group.id)).resolves.toMatchObject({
      active_count: 1,
      unconfirmed_count: 1,
    });
    await expect(addSubscriberToGroup(ml.client, ada.id, group.id)).resolves.toMatchObject({
      active_count: 1,
    });

    await expect(removeSubscriberFromGroup(ml.client, ada.id, group.id)).resolves.toBe("removed");
    expect((await getSubscriber(ml.client, ada.id))?.groups).toEqual([]);
    expect((await findGroupByExactName(ml.client, "Romance"))?.unconfirmed_count).toBe(1);
  });

  it("answers 404 for an unknown subscriber or group", async () => {
    const group = await createGroup(ml.client, "Romance");
    const ada = await upsertSubscriber(ml.client, { email: "ada@example.com", status: "active" });

    const noSubscriber = await rawRequest(
      ml.emulator.url,
      "POST",
      `/subscribers/99999999999999999/groups/${group.id}`,
    );
    expect(noSubscriber.status).toBe(404);
    expect(noSubscriber.json).toEqual({
      message: "No query results for model [App\\Models\\Subscriber\\Subscriber].",
    });

    const noGroup = await rawRequest(
      ml.emulator.url,
      "POST",
      `/subscribers/${ada.id}/groups/99999999999999999`,
    );
    expect(noGroup.json).toEqual({
      message: "No query results for model [App\\Models\\Group\\Group] 99999999999999999",
    });

    await expect(addSubscriberToGroup(ml.client, ada.id, "99999999999999999")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(removeSubscriberFromGroup(ml.client, ada.id, "99999999999999999")).resolves.toBe(
      "not_found",
    );
  });

  it("deleting a group removes its memberships", async () => {
    const group = await createGroup(ml.client, "Romance");
    const ada = await upsertSubscriber(ml.client, {
      email: "ada@example.com",
      groups: [group.id],
      status: "active",
    });
    await deleteGroup(ml.client, group.id);
    expect((await getSubscriber(ml.client, ada.id))?.groups).toEqual([]);
  });
});
