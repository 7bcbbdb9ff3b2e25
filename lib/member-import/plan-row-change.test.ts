import { describe, expect, it } from "vitest";
import { planRowChange, type ExistingMember, type FileStatements } from "./plan-row-change";
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
  chose: { names: false, newsletter: false, interests: false },
  ...fields,
});

const both: FileStatements = { newsletter: true, interests: true };
const neither: FileStatements = { newsletter: false, interests: false };
const chose = (choices: Partial<ExistingMember["chose"]>) => ({
  chose: { names: false, newsletter: false, interests: false, ...choices },
});

describe("planRowChange", () => {
  it("creates a new member, subscribed only under the file's consent, with the row's interests", () => {
    expect(planRowChange(row(), null, null, both)).toEqual({
      kind: "create",
      firstName: "Ann",
      lastName: "Lee",
      newsletter: true,
      interestIds: ["i-1"],
    });
    expect(planRowChange(row(), null, null, neither)).toMatchObject({
      kind: "create",
      newsletter: false,
      interestIds: ["i-1"],
    });
  });

  it("refuses a row with problems, and a new member without a first name", () => {
    expect(planRowChange(row({ problems: ["a", "b"] }), null, null, both)).toEqual({
      kind: "invalid",
      problem: "a; b",
    });
    expect(planRowChange(row({ firstName: null }), null, null, both)).toMatchObject({ kind: "invalid" });
  });

  it("adds interests (under the statement) and names, never removes an interest or turns the newsletter off", () => {
    expect(
      planRowChange(
        row({ firstName: "Annie", newsletter: false, interestIds: ["i-2"] }),
        member({ newsletter: true }),
        null,
        both,
      ),
    ).toEqual({
      kind: "update",
      memberId: "m1",
      fields: { firstName: "Annie" },
      addInterestIds: ["i-2"],
      note: null,
    });
  });

  it("never turns the newsletter on for an existing member, and says why on the row", () => {
    expect(planRowChange(row(), member(chose({ newsletter: true })), null, both)).toEqual({
      kind: "unchanged",
      memberId: "m1",
      note: "Newsletter kept: the member's own choice",
    });
    expect(planRowChange(row(), member(), null, both)).toEqual({
      kind: "unchanged",
      memberId: "m1",
      note: "Newsletter not turned on: an import subscribes new members only",
    });
    expect(planRowChange(row(), member(), null, neither)).toEqual({
      kind: "unchanged",
      memberId: "m1",
      note: null,
    });
  });

  it("keeps the names a member set themselves; fills those they never set", () => {
    const renamed = row({ firstName: "Mallory", lastName: "Other", newsletter: null });
    expect(planRowChange(renamed, member(chose({ names: true })), null, both)).toEqual({
      kind: "unchanged",
      memberId: "m1",
      note: "Names kept: the member's own choice",
    });
    expect(planRowChange(renamed, member(), null, both)).toMatchObject({
      kind: "update",
      fields: { firstName: "Mallory", lastName: "Other" },
    });
  });

  it("adds interests to an existing member only under the statement, and never to one who chose their own", () => {
    const asks = row({ newsletter: null, interestIds: ["i-1", "i-2"] });
    expect(planRowChange(asks, member(), null, { newsletter: true, interests: false })).toEqual({
      kind: "unchanged",
      memberId: "m1",
      note: null,
    });
    expect(planRowChange(asks, member(), null, { newsletter: false, interests: true })).toMatchObject({
      kind: "update",
      addInterestIds: ["i-2"],
    });
    expect(planRowChange(asks, member(chose({ interests: true })), null, both)).toEqual({
      kind: "unchanged",
      memberId: "m1",
      note: "Interests kept: the member's own choice",
    });
  });

  it("names everything it kept in one note, beside what it still changes", () => {
    const everything = row({ firstName: "Mallory", interestIds: ["i-2"] });
    expect(
      planRowChange(
        everything,
        member(chose({ names: true, newsletter: true, interests: true })),
        null,
        both,
      ),
    ).toEqual({
      kind: "unchanged",
      memberId: "m1",
      note: "Newsletter, names and interests kept: the member's own choice",
    });
    expect(planRowChange(everything, member(chose({ names: true, newsletter: true })), null, both)).toEqual({
      kind: "update",
      memberId: "m1",
      fields: {},
      addInterestIds: ["i-2"],
      note: "Newsletter and names kept: the member's own choice",
    });
  });

  it("never re-subscribes an address MailerLite stopped, and says so", () => {
    expect(planRowChange(row(), member({ newsletterStop: "unsubscribed" }), null, both)).toEqual({
      kind: "unchanged",
      memberId: "m1",
      note: "Newsletter not turned on: the address was unsubscribed in MailerLite",
    });
  });

  it("refuses the address of a person who left, saying when and that they may sign up again themselves", () => {
    const departedAt = new Date("2026-11-02T10:00:00Z");
    expect(planRowChange(row(), null, { departedAt, reason: "member" }, both)).toEqual({
      kind: "invalid",
      problem:
        "This person deleted their account on 2026-11-02 10:00:00 UTC; they can sign up again themselves",
    });
    expect(planRowChange(row(), member(), { departedAt, reason: "admin" }, both)).toEqual({
      kind: "invalid",
      problem:
        "An admin deleted this person's account on 2026-11-02 10:00:00 UTC; they can sign up again themselves",
    });
    expect(planRowChange(row(), null, { departedAt, reason: "mailerlite" }, both)).toEqual({
      kind: "invalid",
      problem:
        "This person was erased from MailerLite on 2026-11-02 10:00:00 UTC; they can sign up again themselves",
    });
  });

  it("changes nothing for a row that says what the member already has (a re-imported export)", () => {
    expect(planRowChange(row({ newsletter: true }), member({ newsletter: true }), null, both)).toEqual({
      kind: "unchanged",
      memberId: "m1",
      note: null,
    });
    expect(planRowChange(row({ lastName: null, interestIds: [] }), member(), null, neither)).toMatchObject({
      kind: "unchanged",
    });
  });
});
