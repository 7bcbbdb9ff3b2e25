import { describe, expect, it } from "vitest";
import { absentRemote, type Desired, type Remote } from "../member-state";
import { planNextOperation } from "./plan-next-operation";

const wanted: Extract<Desired, { present: true }> = {
  present: true,
  email: "ada@club.test",
  name: "Ada",
  lastName: "Lovelace",
  groupIds: ["1", "2"],
  suppressed: null,
};
const removed: Desired = { present: false, email: "ada@club.test", erase: false };
const erased: Desired = { present: false, email: "ada@club.test", erase: true };
const synced: Remote = {
  state: "present",
  subscriberId: "99",
  email: "ada@club.test",
  name: "Ada",
  lastName: "Lovelace",
  groupIds: ["1", "2"],
  status: "active",
  verify: false,
};

describe("planNextOperation", () => {
  it("subscribes a new member with all their groups in one upsert", () => {
    expect(planNextOperation(wanted, absentRemote)).toEqual({
      kind: "upsert",
      email: "ada@club.test",
      name: "Ada",
      lastName: "Lovelace",
      groupIds: ["1", "2"],
    });
  });

  it("upserts again (by e-mail, idempotent) when an earlier upsert's answer was lost", () => {
    expect(planNextOperation(wanted, { ...absentRemote, state: "unknown", verify: true })?.kind).toBe(
      "upsert",
    );
  });

  it("does nothing when MailerLite already matches", () => {
    expect(planNextOperation(wanted, synced)).toBeNull();
    expect(planNextOperation(removed, absentRemote)).toBeNull();
    expect(planNextOperation(erased, absentRemote)).toBeNull();
  });

  it("uses the stored subscriber id for every later call", () => {
    expect(planNextOperation({ ...wanted, name: "Augusta" }, synced)).toEqual({
      kind: "update",
      subscriberId: "99",
      name: "Augusta",
      lastName: "Lovelace",
    });
    expect(planNextOperation({ ...wanted, groupIds: ["1", "2", "3"] }, synced)).toEqual({
      kind: "add-group",
      subscriberId: "99",
      groupId: "3",
    });
    expect(planNextOperation({ ...wanted, groupIds: ["2"] }, synced)).toEqual({
      kind: "remove-group",
      subscriberId: "99",
      groupId: "1",
    });
  });

  it("deletes the subscriber of a member who left the newsletter, and erases a deleted member's", () => {
    expect(planNextOperation(removed, synced)).toEqual({ kind: "delete", subscriberId: "99" });
    expect(planNextOperation(erased, synced)).toEqual({ kind: "forget", subscriberId: "99" });
    expect(planNextOperation(erased, { ...synced, verify: true })).toEqual({
      kind: "forget",
      subscriberId: "99",
    });
  });

  it("finds a deleted member's subscriber of unknown id by e-mail first (the read learns the id)", () => {
    const unknown: Remote = { ...absentRemote, state: "unknown", verify: true };
    expect(planNextOperation(erased, unknown)).toEqual({ kind: "read", key: "ada@club.test" });
  });

  it("reads back before trusting a state that an uncertain call may have changed", () => {
    expect(planNextOperation(wanted, { ...synced, verify: true })).toEqual({ kind: "read", key: "99" });
    expect(planNextOperation(removed, { ...absentRemote, verify: true })).toEqual({
      kind: "read",
      key: "ada@club.test",
    });
    expect(planNextOperation(removed, { ...absentRemote, state: "unknown" })).toEqual({
      kind: "read",
      key: "ada@club.test",
    });
  });

  it("never upserts (asks for active) an address MailerLite suppressed: it looks it up, then keeps it in step", () => {
    const suppressed = { ...wanted, suppressed: "unsubscribed" as const };
    // Known to be absent (moved to a new address): MailerLite's record of the stop is made, unsubscribed.
    expect(planNextOperation(suppressed, absentRemote)).toEqual({
      kind: "upsert",
      email: "ada@club.test",
      name: "Ada",
      lastName: "Lovelace",
      groupIds: ["1", "2"],
      status: "unsubscribed",
    });
    expect(planNextOperation(suppressed, { ...absentRemote, state: "unknown", verify: true })).toEqual({
      kind: "read",
      key: "ada@club.test",
    });
    const unsubscribed: Remote = { ...synced, status: "unsubscribed" };
    expect(planNextOperation(suppressed, unsubscribed)).toBeNull();
    expect(planNextOperation({ ...suppressed, groupIds: ["1"] }, unsubscribed)).toEqual({
      kind: "remove-group",
      subscriberId: "99",
      groupId: "2",
    });
    expect(planNextOperation({ ...suppressed, name: "Augusta" }, unsubscribed)).toMatchObject({
      kind: "update",
    });
    // MailerLite refused an upsert as suppressed: the member is looked up by address, not upserted again.
    const refused: Remote = { ...absentRemote, state: "unknown", status: "unsubscribed", verify: true };
    expect(planNextOperation(wanted, refused)).toEqual({ kind: "read", key: "ada@club.test" });
  });

  it("moves a member whose address changed: deletes the old subscriber, then makes one with the new address", () => {
    const moved = { ...wanted, email: "ada@new.test" };
    expect(planNextOperation(moved, synced)).toEqual({ kind: "delete", subscriberId: "99" });
    expect(planNextOperation(moved, absentRemote)).toEqual({
      kind: "upsert",
      email: "ada@new.test",
      name: "Ada",
      lastName: "Lovelace",
      groupIds: ["1", "2"],
    });
    // An upsert for the earlier address may have made a subscriber: it is looked for there first.
    expect(
      planNextOperation(moved, { ...absentRemote, state: "unknown", email: "ada@club.test", verify: true }),
    ).toEqual({ kind: "read", key: "ada@club.test" });
    expect(
      planNextOperation(removed, { ...absentRemote, state: "unknown", email: "ada@old.test", verify: true }),
    ).toEqual({
      kind: "read",
      key: "ada@old.test",
    });
    // A subscriber whose address is not known (synced before addresses were kept) is not moved.
    expect(planNextOperation(wanted, { ...synced, email: null })).toBeNull();
  });
});
