import { describe, expect, it } from "vitest";
import { MailerLiteError, type SubscriberOperation, type SubscriberOutcome } from "@/lib/mailerlite";
import { applyOutcome } from "./apply-outcome";
import { absentRemote, type Remote } from "../member-state";

const present: Remote = {
  state: "present",
  subscriberId: "99",
  email: "ada@club.test",
  name: "Ada",
  lastName: "L",
  groupIds: ["1"],
  status: "active",
  verify: false,
};
const snapshot = {
  id: "99",
  email: "ada@club.test",
  name: "Ada",
  lastName: "L",
  status: "active" as const,
  statusAt: null,
  groupIds: null,
};
const error = (code: ConstructorParameters<typeof MailerLiteError>[0]["code"], message = "x") =>
  new MailerLiteError({ code, message });
const failed = (code: "timeout" | "server" | "rate_limited", maybeApplied: boolean): SubscriberOutcome => ({
  kind: "failed",
  error: error(code),
  maybeApplied,
});
const upsert: SubscriberOperation = {
  kind: "upsert",
  email: "ada@club.test",
  name: "Ada",
  lastName: "L",
  groupIds: ["1"],
};

describe("applyOutcome", () => {
  it("learns the subscriber id and groups from an upsert's answer", () => {
    const subscriber = { ...snapshot, id: "123", groupIds: ["1", "7"] };
    expect(applyOutcome(upsert, absentRemote, { kind: "subscriber", subscriber })).toEqual({
      kind: "progress",
      remote: {
        state: "present",
        subscriberId: "123",
        email: "ada@club.test",
        name: "Ada",
        lastName: "L",
        groupIds: ["1", "7"],
        status: "active",
        verify: false,
      },
    });
  });

  it("learns that MailerLite keeps an address suppressed, so the next call looks it up instead", () => {
    const error = new MailerLiteError({ code: "validation", message: "cannot be imported" });
    expect(applyOutcome(upsert, absentRemote, { kind: "suppressed", error })).toEqual({
      kind: "progress",
      remote: {
        ...absentRemote,
        state: "unknown",
        email: "ada@club.test",
        status: "unsubscribed",
        verify: true,
      },
    });
  });

  it("remembers the address an uncertain upsert was sent for, to look for its subscriber there", () => {
    expect(applyOutcome(upsert, absentRemote, failed("timeout", true))).toMatchObject({
      kind: "retry",
      remote: { state: "unknown", email: "ada@club.test", verify: true },
    });
  });

  it("counts a missing subscriber on delete as done, and a missing group on add as one to look up again", () => {
    const gone: SubscriberOutcome = { kind: "subscriber-not-found" };
    expect(applyOutcome({ kind: "delete", subscriberId: "99" }, present, gone)).toEqual({
      kind: "progress",
      remote: absentRemote,
    });
    const add = { kind: "add-group", subscriberId: "99", groupId: "5" } as const;
    expect(applyOutcome(add, present, { kind: "group-not-found", groupId: "5" })).toEqual({
      kind: "group-missing",
      groupId: "5",
    });
    // A subscriber the app did not remove is gone: deleted or forgotten in MailerLite.
    expect(applyOutcome(add, present, gone)).toEqual({
      kind: "vanished",
      remote: absentRemote,
      subscriberId: "99",
    });
  });

  it("takes an erasure that was applied, or found nothing to erase, as removal, still owing a read-back", () => {
    const forget: SubscriberOperation = { kind: "forget", subscriberId: "99" };
    for (const outcome of [{ kind: "done" }, { kind: "subscriber-not-found" }] as const) {
      expect(applyOutcome(forget, present, outcome)).toEqual({ kind: "progress", remote: absentRemote });
      expect(applyOutcome(forget, { ...present, verify: true }, outcome)).toEqual({
        kind: "progress",
        remote: { ...absentRemote, verify: true },
      });
    }
    expect(applyOutcome(forget, present, failed("timeout", true))).toMatchObject({
      kind: "retry",
      uncertain: true,
      remote: { ...present, verify: true },
    });
  });

  it("learns the id of a deleted member's subscriber from a read by e-mail, to erase it by id", () => {
    const read: SubscriberOperation = { kind: "read", key: "ada@club.test" };
    const unknown: Remote = { ...absentRemote, state: "unknown", verify: true };
    const subscriber = { ...snapshot, id: "99", groupIds: ["1"] };
    expect(applyOutcome(read, unknown, { kind: "subscriber", subscriber })).toEqual({
      kind: "progress",
      remote: present,
    });
  });

  it("looks a group up again when an upsert names one MailerLite no longer has", () => {
    expect(applyOutcome(upsert, absentRemote, { kind: "group-not-found", groupId: "2" })).toEqual({
      kind: "group-missing",
      groupId: "2",
    });
  });

  it("learns that the subscriber is gone from a group removal, or that the membership is", () => {
    const op: SubscriberOperation = { kind: "remove-group", subscriberId: "99", groupId: "1" };
    expect(applyOutcome(op, present, { kind: "subscriber-not-found" })).toEqual({
      kind: "vanished",
      remote: absentRemote,
      subscriberId: "99",
    });
    expect(applyOutcome(op, present, { kind: "group-not-found", groupId: "1" })).toMatchObject({
      kind: "progress",
      remote: { groupIds: [] },
    });
  });

  it("marks the state uncertain after a failure that may have been applied, but not after a 429", () => {
    expect(applyOutcome(upsert, absentRemote, failed("timeout", true))).toMatchObject({
      kind: "retry",
      uncertain: true,
      remote: { state: "unknown", verify: true },
    });
    expect(applyOutcome(upsert, absentRemote, failed("server", true))).toMatchObject({
      kind: "retry",
      uncertain: true,
    });
    expect(applyOutcome(upsert, absentRemote, failed("rate_limited", false))).toMatchObject({
      kind: "retry",
      uncertain: false,
      remote: absentRemote,
    });
  });

  it("reads a subscriber back as settled, and an unreadable upsert answer as maybe applied", () => {
    const read: SubscriberOperation = { kind: "read", key: "99" };
    const subscriber = { ...snapshot, id: "99", groupIds: null };
    expect(applyOutcome(read, { ...present, verify: true }, { kind: "subscriber", subscriber })).toEqual({
      kind: "progress",
      remote: { ...present, verify: false },
    });
    const unreadable = { kind: "failed", error: error("bad_response"), maybeApplied: true } as const;
    expect(applyOutcome(upsert, absentRemote, unreadable)).toMatchObject({
      kind: "retry",
      uncertain: true,
      remote: { state: "unknown", verify: true },
    });
  });

  it("pauses on a rejected key and fails the member on a refusal", () => {
    const op = { kind: "update", subscriberId: "99", name: "A", lastName: "B" } as const;
    expect(applyOutcome(op, present, { kind: "key-rejected", error: error("unauthorized") }).kind).toBe(
      "pause",
    );
    expect(applyOutcome(op, present, { kind: "key-rejected", error: error("forbidden") }).kind).toBe("pause");
    const refused = { kind: "refused", error: error("validation", "The name is too long.") } as const;
    expect(applyOutcome(op, present, refused)).toMatchObject({ kind: "fail" });
  });
});
