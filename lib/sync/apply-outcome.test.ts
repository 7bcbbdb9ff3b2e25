import { describe, expect, it } from "vitest";
import { MailerLiteError } from "@/lib/mailerlite";
import { applyOutcome } from "./apply-outcome";
import { absentRemote, type Operation, type Remote } from "./member-state";

const present: Remote = {
  state: "present",
  subscriberId: "99",
  name: "Ada",
  lastName: "L",
  groupIds: ["1"],
  verify: false,
};
const error = (code: ConstructorParameters<typeof MailerLiteError>[0]["code"], message = "x") =>
  ({ ok: false, error: new MailerLiteError({ code, message }) }) as const;
const subscriber = (groups: string[]) => ({
  data: {
    id: "123",
    email: "ada@club.test",
    status: "active",
    fields: { name: "Ada", last_name: "L" },
    groups: groups.map((id) => ({ id, name: `G${id}` })),
  },
});

describe("applyOutcome", () => {
  it("learns the subscriber id and groups from an upsert's answer", () => {
    const op: Operation = {
      kind: "upsert",
      email: "ada@club.test",
      name: "Ada",
      lastName: "L",
      groupIds: ["1"],
    };
    expect(applyOutcome(op, absentRemote, { ok: true, status: 201, body: subscriber(["1", "7"]) })).toEqual({
      kind: "progress",
      remote: {
        state: "present",
        subscriberId: "123",
        name: "Ada",
        lastName: "L",
        groupIds: ["1", "7"],
        verify: false,
      },
    });
  });

  it("counts a 404 on delete as done, and on a group add as a group to look up again", () => {
    expect(applyOutcome({ kind: "delete", subscriberId: "99" }, present, error("not_found"))).toEqual({
      kind: "progress",
      remote: absentRemote,
    });
    const add = { kind: "add-group", subscriberId: "99", groupId: "5" } as const;
    const groupGone = error("not_found", "No query results for model [App\\Models\\Group\\Group] 5");
    expect(applyOutcome(add, present, groupGone)).toEqual({ kind: "group-missing", groupId: "5" });
    const subscriberGone = error(
      "not_found",
      "No query results for model [App\\Models\\Subscriber\\Subscriber].",
    );
    expect(applyOutcome(add, present, subscriberGone)).toEqual({ kind: "progress", remote: absentRemote });
  });

  it("takes a 422 on groups.N of an upsert for a group MailerLite no longer has", () => {
    const op: Operation = {
      kind: "upsert",
      email: "ada@club.test",
      name: "Ada",
      lastName: "L",
      groupIds: ["1", "2"],
    };
    const refused = {
      ok: false,
      error: new MailerLiteError({
        code: "validation",
        message: "The selected groups.1 is invalid.",
        fieldErrors: { "groups.1": ["The selected groups.1 is invalid."] },
      }),
    } as const;
    expect(applyOutcome(op, absentRemote, refused)).toEqual({ kind: "group-missing", groupId: "2" });
  });

  it("learns that the subscriber is gone from a 404 on a group removal", () => {
    const op: Operation = { kind: "remove-group", subscriberId: "99", groupId: "1" };
    const gone = error("not_found", "No query results for model [App\\Models\\Subscriber\\Subscriber].");
    expect(applyOutcome(op, present, gone)).toEqual({ kind: "progress", remote: absentRemote });
    const notMember = error("not_found", "No query results for model [App\\Models\\Group\\Group] 1");
    expect(applyOutcome(op, present, notMember)).toMatchObject({
      kind: "progress",
      remote: { groupIds: [] },
    });
  });

  it("marks the state uncertain after a timeout or a 5xx, but not after a 429", () => {
    const op: Operation = {
      kind: "upsert",
      email: "ada@club.test",
      name: "Ada",
      lastName: "L",
      groupIds: [],
    };
    expect(applyOutcome(op, absentRemote, error("timeout"))).toMatchObject({
      kind: "retry",
      uncertain: true,
      remote: { state: "unknown", verify: true },
    });
    expect(applyOutcome(op, absentRemote, error("server"))).toMatchObject({ kind: "retry", uncertain: true });
    expect(applyOutcome(op, absentRemote, error("rate_limited"))).toMatchObject({
      kind: "retry",
      uncertain: false,
      remote: absentRemote,
    });
  });

  it("pauses on a rejected key and fails the member on a validation error", () => {
    const op = { kind: "update", subscriberId: "99", name: "A", lastName: "B" } as const;
    expect(applyOutcome(op, present, error("unauthorized")).kind).toBe("pause");
    expect(applyOutcome(op, present, error("forbidden")).kind).toBe("pause");
    expect(applyOutcome(op, present, error("validation", "The name is too long."))).toMatchObject({
      kind: "fail",
    });
  });
});
