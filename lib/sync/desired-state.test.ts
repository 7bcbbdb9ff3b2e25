import { describe, expect, it } from "vitest";
import { desiredState, type MemberChoices } from "./desired-state";

const ada: MemberChoices = {
  email: "ada@club.test",
  firstName: "Ada",
  lastName: "Lovelace",
  newsletter: true,
  confirmed: true,
  newsletterStop: null,
  interestGroupIds: ["7", "3", "7"],
};

describe("desiredState", () => {
  it("makes a confirmed member who wants the newsletter a subscriber in each chosen interest's group", () => {
    expect(desiredState(ada, null)).toEqual({
      present: true,
      email: "ada@club.test",
      name: "Ada",
      lastName: "Lovelace",
      groupIds: ["3", "7"],
      suppressed: null,
    });
  });

  it("keeps a suppressed member's subscriber (MailerLite's record of the unsubscribe), groups in step", () => {
    for (const stop of ["unsubscribed", "bounced", "junk"]) {
      expect(desiredState({ ...ada, newsletter: false, newsletterStop: stop }, null)).toMatchObject({
        present: true,
        groupIds: ["3", "7"],
        suppressed: stop,
      });
    }
    // Deleted in MailerLite: nothing is left to keep.
    expect(desiredState({ ...ada, newsletter: false, newsletterStop: "deleted" }, null)).toMatchObject({
      present: false,
      erase: false,
    });
  });

  it("removes, without erasing, a member who has not confirmed or does not want the newsletter", () => {
    const removed = { present: false, email: "ada@club.test", erase: false };
    expect(desiredState({ ...ada, confirmed: false }, null)).toEqual(removed);
    expect(desiredState({ ...ada, newsletter: false }, "old@club.test")).toEqual(removed);
  });

  it("erases a deleted member, found by the address the sync still knows", () => {
    expect(desiredState(null, "gone@club.test")).toEqual({
      present: false,
      email: "gone@club.test",
      erase: true,
    });
    expect(desiredState(null, null)).toEqual({ present: false, email: null, erase: true });
  });

  it("waits while a chosen interest has no MailerLite group yet", () => {
    expect(desiredState({ ...ada, interestGroupIds: ["3", null] }, null)).toBeNull();
    expect(desiredState({ ...ada, newsletter: false, interestGroupIds: [null] }, null)).toEqual({
      present: false,
      email: "ada@club.test",
      erase: false,
    });
  });
});
