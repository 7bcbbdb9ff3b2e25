// @module-tag database
import { afterEach, describe, expect, it, vi } from "vitest";

const { db } = await import("@/lib/db");
const { createLinkToken, isLinkUsable, spendLinkToken } = await import("./link-tokens");

const email = "reader@club.test";
const use = (token: string, address = email) => spendLinkToken({ email: address, token });

async function link(expiresInMs?: number) {
  const { token } = await createLinkToken(email);
  if (expiresInMs !== undefined) {
    await db.verificationToken.updateMany({ data: { expires: new Date(Date.now() + expiresInMs) } });
  }
  return token;
}

describe("e-mailed links", () => {
  afterEach(async () => {
    vi.useRealTimers();
    await db.verificationToken.deleteMany();
  });

  it("survives a double click or a second device: usable seven times in all", async () => {
    const token = await link();
    for (let i = 0; i < 7; i += 1) expect(await use(token)).toBe(true);
    expect(await use(token)).toBe(false);
  });

  it("stays valid for ten minutes after its first use, not longer", async () => {
    vi.useFakeTimers({ now: new Date("2026-01-01T10:00:00Z"), toFake: ["Date"] });
    const token = await link();
    expect(await use(token)).toBe(true);
    vi.setSystemTime(new Date("2026-01-01T10:09:59Z"));
    expect(await use(token)).toBe(true);
    vi.setSystemTime(new Date("2026-01-01T10:10:01Z"));
    expect(await use(token)).toBe(false);
  });

  it("expires after 24 hours even if never used, and is refused for another address", async () => {
    const old = await link(-1000);
    expect(await use(old)).toBe(false);
    await db.verificationToken.deleteMany();
    const theirs = await link();
    expect(await use(theirs, "someone@club.test")).toBe(false);
  });

  it("is not used up by looking at it, and is stored only as a hash", async () => {
    const token = await link();
    for (let i = 0; i < 20; i += 1) expect(await isLinkUsable({ email, token })).toBe(true);
    const [stored] = await db.verificationToken.findMany();
    expect(stored).toMatchObject({ uses: 0, firstUsedAt: null });
    expect(stored!.token).not.toContain(token);
    expect(await use(stored!.token)).toBe(false);
  });

  it("is gone once abandoned (its mail was never sent)", async () => {
    const { token, abandon } = await createLinkToken(email);
    await abandon();
    expect(await isLinkUsable({ email, token })).toBe(false);
  });
});
