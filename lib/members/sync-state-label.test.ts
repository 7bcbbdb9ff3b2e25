import { describe, expect, it } from "vitest";
import { syncStateLabel } from "./sync-state-label";

const member = { state: "synced", confirmed: true, newsletter: true, newsletterStop: null } as const;

describe("syncStateLabel", () => {
  it("says synced only of a member MailerLite holds as the app wants", () => {
    expect(syncStateLabel(member)).toBe("synced");
    expect(syncStateLabel({ ...member, confirmed: false })).toBe("not in MailerLite (unconfirmed)");
    expect(syncStateLabel({ ...member, newsletter: false })).toBe("not in MailerLite (no newsletter)");
    expect(syncStateLabel({ ...member, newsletter: false, newsletterStop: "unsubscribed" })).toBe(
      "unsubscribed in MailerLite",
    );
    expect(syncStateLabel({ ...member, state: "pending" })).toBe("pending");
    expect(syncStateLabel({ ...member, state: "pending", confirmed: false })).toBe(
      "not in MailerLite (unconfirmed)",
    );
  });
});
