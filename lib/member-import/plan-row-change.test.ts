import { describe, expect, it } from "vitest";
import { planRowChange, type ExistingMember } from "./plan-row-change";
import type { ImportRow } from "./read-import-rows";

const row = (fields: Partial<ImportRow> = {}): ImportRow => ({
  row: 2,
  email: "a@club.test",
  firstName: "Ann",
  lastName: "Lee",
  newsletter: true,
  interestIds: ["i-1"],
  problems: [],
  ...fields,
});

const member = (fields: Partial<ExistingMember> = {}): ExistingMember => ({
  id: "m1",
  firstName: "Ann",
  lastName: "Lee",
  newsletter: false,
  newsletterStop: null,
  interestIds: ["i-1"],
  ...fields,
});

describe("planRowChange", () => {
  it("creates a new member, subscribed only under the file's consent", () => {
    expect(planRowChange(row(), null, true)).toEqual({
      kind: "create",
      firstName: "Ann",
      lastName: "Lee",
      newsletter: true,
      interestIds: ["i-1"],
    });
    expect(planRowChange(row(), null, false)).toMatchObject({ kind: "create", newsletter: false });
  });

  it("refuses a row with problems, and a new member without a first name", () => {
    expect(planRowChange(row({ problems: ["a", "b"] }), null, true)).toEqual({
      kind: "invalid",
      problem: "a; b",
    });
    expect(planRowChange(row({ firstName: null }), null, true)).toMatchObject({ kind: "invalid" });
  });

  it("adds interests and names, never removes an interest or turns the newsletter off", () => {
    expect(
      planRowChange(
        row({ firstName: "Annie", newsletter: false, interestIds: ["i-2"] }),
        member({ newsletter: true }),
        true,
      ),
    ).toEqual({
      kind: "update",
      memberId: "m1",
      fields: { firstName: "Annie" },
      addInterestIds: ["i-2"],
      note: null,
    });
  });

  it("never re-subscribes an address MailerLite stopped, and says so", () => {
    expect(planRowChange(row(), member({ newsletterStop: "unsubscribed" }), true)).toEqual({
      kind: "unchanged",
      memberId: "m1",
      note: "Newsletter not turned on: the address was unsubscribed in MailerLite",
    });
  });

  it("changes nothing for a row that says what the member already has (a re-imported export)", () => {
    expect(planRowChange(row({ newsletter: true }), member({ newsletter: true }), true)).toEqual({
      kind: "unchanged",
      memberId: "m1",
      note: null,
    });
    expect(planRowChange(row({ lastName: null, interestIds: [] }), member(), false)).toMatchObject({
      kind: "unchanged",
    });
  });
});
