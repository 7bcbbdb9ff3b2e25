import { describe, expect, it } from "vitest";
import { syncBannerMessage } from "./sync-banner-message";

describe("syncBannerMessage", () => {
  it("says MailerLite is not configured and how many changes wait", () => {
    expect(syncBannerMessage({ configured: false, paused: null, waiting: 3 })).toBe(
      "MailerLite not configured — 3 changes waiting",
    );
    expect(syncBannerMessage({ configured: false, paused: null, waiting: 1 })).toBe(
      "MailerLite not configured — 1 change waiting",
    );
  });

  it("says the key was rejected while sync is paused", () => {
    expect(
      syncBannerMessage({ configured: true, paused: "MailerLite rejected the API key", waiting: 2 }),
    ).toBe("MailerLite rejected the API key — sync is paused until the key changes; 2 changes waiting");
  });

  it("says nothing while sync runs", () => {
    expect(syncBannerMessage({ configured: true, paused: null, waiting: 10 })).toBeNull();
  });
});
