// @module-tag database
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/env", async (original) => {
  const actual = await original<typeof import("@/lib/env")>();
  return { env: { ...actual.env, MAIL_LIMIT_PER_ADDRESS: 5, MAIL_LIMIT_PER_IP: 20 } };
});

const { db } = await import("@/lib/db");
const { countMailAttempt: countInTransaction } = await import("./mail-limits");
const countMailAttempt = (email: string, ip: string) =>
  db.$transaction((tx) => countInTransaction(tx, email, ip));

describe("countMailAttempt", () => {
  beforeEach(async () => {
    await db.mailAttempt.deleteMany();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("allows five mails to one address in an hour and refuses the sixth", async () => {
    for (let i = 0; i < 5; i += 1) await countMailAttempt("reader@club.test", `10.0.0.${i}`);
    await expect(countMailAttempt("reader@club.test", "10.0.0.9")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: "Too many attempts — try again in 60 minutes",
    });
    expect(await db.mailAttempt.count()).toBe(5);
  });

  it("counts case variants and +tag sub-addresses of one mailbox as one address", async () => {
    const variants = [
      "reader@club.test",
      "Reader@Club.Test",
      "reader+a@club.test",
      "READER+b@club.test",
      "reader+@club.test",
    ];
    for (const [i, email] of variants.entries()) await countMailAttempt(email, `10.0.1.${i}`);
    await expect(countMailAttempt("reader+zzz@club.test", "10.0.1.9")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(countMailAttempt("reader2@club.test", "10.0.1.9")).resolves.toBeUndefined();
    await expect(countMailAttempt("reader@club.test.evil", "10.0.1.9")).resolves.toBeUndefined();
  });

  it("counts the addresses of one IPv6 /64 as one client", async () => {
    for (let i = 0; i < 20; i += 1)
      await countMailAttempt(`v6-${i}@club.test`, `2001:db8:0:7::${i.toString(16)}`);
    await expect(countMailAttempt("v6-x@club.test", "2001:DB8:0:7:ffff::1")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(countMailAttempt("v6-y@club.test", "2001:db8:0:8::1")).resolves.toBeUndefined();
  });

  it("holds under concurrent requests: of twelve at once for one address, five pass", async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => countMailAttempt("rush@club.test", `10.0.2.${i}`)),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(5);
    expect(await db.mailAttempt.count()).toBe(5);
  });

  it("allows twenty mails from one IP in an hour and refuses the twenty-first", async () => {
    for (let i = 0; i < 20; i += 1) await countMailAttempt(`reader${i}@club.test`, "10.0.0.1");
    await expect(countMailAttempt("another@club.test", "10.0.0.1")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(countMailAttempt("another@club.test", "10.0.0.2")).resolves.toBeUndefined();
  });

  it("counts the hour from the oldest mail, and forgets mails older than an hour", async () => {
    vi.useFakeTimers({ now: new Date("2026-01-01T10:00:00Z"), toFake: ["Date"] });
    await countMailAttempt("reader@club.test", "10.0.0.1");
    vi.setSystemTime(new Date("2026-01-01T10:20:00Z"));
    for (let i = 0; i < 4; i += 1) await countMailAttempt("reader@club.test", "10.0.0.1");
    await expect(countMailAttempt("reader@club.test", "10.0.0.1")).rejects.toMatchObject({
      message: "Too many attempts — try again in 40 minutes",
    });
    vi.setSystemTime(new Date("2026-01-01T11:00:01Z"));
    await expect(countMailAttempt("reader@club.test", "10.0.0.1")).resolves.toBeUndefined();
  });
});
