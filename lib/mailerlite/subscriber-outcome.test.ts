import { describe, expect, it } from "vitest";
import { errorFromResponse, MailerLiteError } from "./errors";
import type { SubscriberOperation } from "./subscriber-operation";
import { subscriberOutcome } from "./subscriber-outcome";

const upsert: SubscriberOperation = {
  kind: "upsert",
  email: "ada@club.test",
  name: "Ada",
  lastName: "L",
  groupIds: ["1", "2"],
};
const add: SubscriberOperation = { kind: "add-group", subscriberId: "99", groupId: "5" };
const remove: SubscriberOperation = { kind: "remove-group", subscriberId: "99", groupId: "5" };
const forget: SubscriberOperation = { kind: "forget", subscriberId: "99" };
const answered = (status: number, body: unknown) =>
  ({ ok: false, error: errorFromResponse(status, body) }) as const;
const failed = (code: ConstructorParameters<typeof MailerLiteError>[0]["code"]) =>
  ({ ok: false, error: new MailerLiteError({ code, message: code }) }) as const;
const groupGone = answered(404, { message: "No query results for model [App\\Models\\Group\\Group] 5" });
const subscriberGone = answered(404, {
  message: "No query results for model [App\\Models\\Subscriber\\Subscriber].",
});

describe("subscriberOutcome", () => {
  it("reads the subscriber an upsert answered with: id, names and sorted group ids", () => {
    const body = {
      data: {
        id: "123",
        email: "ada@club.test",
        status: "active",
        fields: { name: "Ada", last_name: null },
        groups: [
          { id: "7", name: "G7" },
          { id: "1", name: "G1" },
        ],
      },
    };
    expect(subscriberOutcome(upsert, { ok: true, body })).toEqual({
      kind: "subscriber",
      subscriber: {
        id: "123",
        email: "ada@club.test",
        name: "Ada",
        lastName: "",
        status: "active",
        statusAt: null,
        groupIds: ["1", "7"],
      },
    });
    expect(subscriberOutcome(add, { ok: true, body: undefined })).toEqual({ kind: "done" });
  });

  it("takes forget's answer as done, and a 404 as a subscriber already gone", () => {
    const body = {
      data: {
        id: "99",
        email: "ada@club.test",
        deleted_at: "2025-01-01 00:00:00",
        forget_at: "2025-01-31 00:00:00",
      },
      message: "Subscriber data will be completely deleted and forgotten within 30 days.",
    };
    expect(subscriberOutcome(forget, { ok: true, body })).toEqual({ kind: "done" });
    expect(subscriberOutcome(forget, subscriberGone)).toEqual({ kind: "subscriber-not-found" });
  });

  it("takes an unreadable answer as a failure, which only an upsert may have applied", () => {
    expect(subscriberOutcome(upsert, { ok: true, body: { data: { id: 5 } } })).toMatchObject({
      kind: "failed",
      maybeApplied: true,
      error: { message: "MailerLite's answer to upsert could not be read" },
    });
    const read: SubscriberOperation = { kind: "read", key: "99" };
    expect(subscriberOutcome(read, { ok: true, body: "<html>" })).toMatchObject({
      kind: "failed",
      maybeApplied: false,
    });
  });

  it("tells a missing group from a missing subscriber by the model MailerLite names", () => {
    expect(subscriberOutcome(add, groupGone)).toEqual({ kind: "group-not-found", groupId: "5" });
    expect(subscriberOutcome(add, subscriberGone)).toEqual({ kind: "subscriber-not-found" });
    expect(subscriberOutcome(remove, subscriberGone)).toEqual({ kind: "subscriber-not-found" });
    expect(subscriberOutcome(remove, groupGone)).toEqual({ kind: "group-not-found", groupId: "5" });
    const del: SubscriberOperation = { kind: "delete", subscriberId: "99" };
    expect(subscriberOutcome(del, subscriberGone)).toEqual({ kind: "subscriber-not-found" });
    // A message in another form is read by the model it names.
    expect(subscriberOutcome(add, answered(404, { message: "Group not found" }))).toEqual({
      kind: "group-not-found",
      groupId: "5",
    });
    expect(subscriberOutcome(remove, answered(404, { message: "Subscriber not found" }))).toEqual({
      kind: "subscriber-not-found",
    });
  });

  it("takes a 422 on groups.N of an upsert for a group MailerLite no longer has", () => {
    const refused = answered(422, {
      message: "The selected groups.1 is invalid.",
      errors: { "groups.1": ["The selected groups.1 is invalid."] },
    });
    expect(subscriberOutcome(upsert, refused)).toEqual({ kind: "group-not-found", groupId: "2" });
  });

  it("tells MailerLite's refusal to make a suppressed address active from other refusals", () => {
    const suppressed = answered(422, {
      message: "This subscriber is unsubscribed and cannot be imported",
      errors: { subscriber: ["This subscriber is unsubscribed and cannot be imported"] },
    });
    expect(subscriberOutcome(upsert, suppressed).kind).toBe("suppressed");
    const invalid = answered(422, { message: "The email must be a valid email address." });
    expect(subscriberOutcome(upsert, invalid)).toMatchObject({
      kind: "refused",
      error: { message: "The email must be a valid email address." },
    });
    expect(subscriberOutcome(add, answered(401, { message: "Unauthenticated." })).kind).toBe("key-rejected");
    expect(subscriberOutcome(add, answered(403, {})).kind).toBe("key-rejected");
  });

  it("says a timeout or a 5xx may have been applied, a 429 or a read never", () => {
    expect(subscriberOutcome(upsert, failed("timeout"))).toMatchObject({
      kind: "failed",
      maybeApplied: true,
    });
    expect(subscriberOutcome(add, failed("server"))).toMatchObject({ kind: "failed", maybeApplied: true });
    expect(subscriberOutcome(forget, failed("timeout"))).toMatchObject({
      kind: "failed",
      maybeApplied: true,
    });
    expect(subscriberOutcome(forget, failed("rate_limited"))).toMatchObject({
      kind: "failed",
      maybeApplied: false,
    });
    expect(subscriberOutcome(upsert, failed("rate_limited"))).toMatchObject({
      kind: "failed",
      maybeApplied: false,
    });
    const read: SubscriberOperation = { kind: "read", key: "ada@club.test" };
    expect(subscriberOutcome(read, failed("network"))).toMatchObject({ kind: "failed", maybeApplied: false });
  });
});
