import { describe, expect, it } from "vitest";
import { subscriberRequest } from "./subscriber-operation";

describe("subscriberRequest", () => {
  it("upserts by e-mail with the names, the group ids and an explicit active status", () => {
    const upsert = {
      kind: "upsert",
      email: "ada@club.test",
      name: "Ada",
      lastName: "L",
      groupIds: ["1", "2"],
    };
    expect(subscriberRequest({ ...upsert, kind: "upsert" })).toEqual({
      method: "POST",
      path: "/subscribers",
      body: {
        email: "ada@club.test",
        fields: { name: "Ada", last_name: "L" },
        groups: ["1", "2"],
        status: "active",
      },
    });
  });

  it("addresses every later call by the subscriber id, and a read by id or encoded e-mail", () => {
    const requests = [
      subscriberRequest({ kind: "update", subscriberId: "9", name: "Ada", lastName: "" }),
      subscriberRequest({ kind: "add-group", subscriberId: "9", groupId: "42" }),
      subscriberRequest({ kind: "remove-group", subscriberId: "9", groupId: "42" }),
      subscriberRequest({ kind: "delete", subscriberId: "9" }),
      subscriberRequest({ kind: "forget", subscriberId: "9" }),
      subscriberRequest({ kind: "read", key: "ada+x@club.test" }),
    ];
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "PUT /subscribers/9",
      "POST /subscribers/9/groups/42",
      "DELETE /subscribers/9/groups/42",
      "DELETE /subscribers/9",
      "POST /subscribers/9/forget",
      "GET /subscribers/ada%2Bx%40club.test",
    ]);
    expect(requests[0]?.body).toEqual({ fields: { name: "Ada", last_name: "" } });
    expect(requests[4]?.body).toBeUndefined();
  });
});
