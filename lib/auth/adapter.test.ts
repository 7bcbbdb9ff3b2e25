import { afterEach, describe, expect, it, vi } from "vitest";

const { db } = await import("@/lib/db");
const { clubAdapter } = await import("./adapter");

const adapter = clubAdapter();
const use = (token: string) => adapter.useVerificationToken!({ identifier: "reader@club.test", token });

async function link(token: string, expiresInMs = 24 * 60 * 60 * 1000) {
  await db.verificationToken.create({
    data: { identifier: "reader@club.test", token, expires: new Date(Date.now() + expiresInMs) },
  });
}

describe("sign-in links (the adapter's useVerificationToken)", () => {
  afterEach(async () => {
    vi.useRealTimers();
    await db.verificationToken.deleteMany();
  });

  it("survives a mail scanner: usable seven times in all", async () => {
    await link("seven");
    for (let i = 0; i < 7; i += 1)
      expect(await use("seven")).toMatchObject({ identifier: "reader@club.test" });
    expect(await use("seven")).toBeNull();
  });

  it("stays valid for ten minutes after its first use, not longer", async () => {
    vi.useFakeTimers({ now: new Date("2026-01-01T10:00:00Z"), toFake: ["Date"] });
    await link("window");
    expect(await use("window")).not.toBeNull();
    vi.setSystemTime(new Date("2026-01-01T10:09:59Z"));
    expect(await use("window")).not.toBeNull();
    vi.setSystemTime(new Date("2026-01-01T10:10:01Z"));
    expect(await use("window")).toBeNull();
  });

  it("expires after 24 hours even if never used, and is refused for another address", async () => {
    await link("old", -1000);
    expect(await use("old")).toBeNull();
    await link("theirs");
    expect(
      await adapter.useVerificationToken!({ identifier: "someone@club.test", token: "theirs" }),
    ).toBeNull();
  });
});
