import { describe, expect, it } from "vitest";
import { readWebhookEvents } from "./webhook-payload";

const subscriber = {
  id: "123456789012345678",
  email: "Ada@Club.test",
  status: "unsubscribed",
  unsubscribed_at: "2026-11-29 10:15:00",
  updated_at: "2026-11-29 10:15:01",
};

describe("readWebhookEvents", () => {
  it("reads a single subscriber event: the subscriber itself with `event` added", () => {
    expect(readWebhookEvents({ ...subscriber, event: "subscriber.unsubscribed", account_id: "1" })).toEqual([
      {
        type: "subscriber.unsubscribed",
        subscriberId: "123456789012345678",
        email: "ada@club.test",
        status: "unsubscribed",
        at: new Date("2026-11-29T10:15:00Z"),
        groupId: null,
        forgotten: false,
      },
    ]);
  });

  it("tells a forgotten subscriber (GDPR erasure: a forget_at) from a deleted one", () => {
    const forgotten = {
      ...subscriber,
      deleted_at: "2026-11-29 10:20:00",
      forget_at: "2026-12-29 10:20:00",
    };
    expect(
      readWebhookEvents({
        events: [
          { type: "subscriber.deleted", subscriber: forgotten },
          { type: "subscriber.deleted", subscriber: { ...subscriber, forget_at: null } },
        ],
      }),
    ).toMatchObject([{ forgotten: true }, { forgotten: false }]);
  });

  it("reads a batched envelope and group events", () => {
    const events = readWebhookEvents({
      events: [
        { type: "subscriber.bounced", subscriber: { ...subscriber, status: "bounced" } },
        {
          type: "subscriber.added_to_group",
          subscriber: { ...subscriber, status: "active" },
          group: { id: 42 },
        },
      ],
    });
    expect(events).toMatchObject([
      { type: "subscriber.bounced", status: "bounced", at: new Date("2026-11-29T10:15:01Z") },
      { type: "subscriber.added_to_group", groupId: "42" },
    ]);
  });

  it("answers null for a shape it does not know, instead of guessing", () => {
    expect(readWebhookEvents({ hello: "world" })).toBeNull();
    expect(readWebhookEvents([1, 2])).toBeNull();
    expect(readWebhookEvents({ events: [{ type: "subscriber.deleted" }] })).toBeNull();
    expect(readWebhookEvents("text")).toBeNull();
  });
});
