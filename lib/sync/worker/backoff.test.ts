import { describe, expect, it } from "vitest";
import { MailerLiteError } from "@/lib/mailerlite/errors";
import { backoffDelay, retryDelay } from "./backoff";

const top = () => 0.999999;
const bottom = () => 0;

describe("backoffDelay", () => {
  it("doubles the ceiling with each attempt", () => {
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, { random: top }))).toEqual([
      999, 1999, 3999, 7999, 15999,
    ]);
  });

  it("spreads delays over the whole range (full jitter)", () => {
    expect(backoffDelay(3, { random: bottom })).toBe(0);
    expect(backoffDelay(3, { random: () => 0.5 })).toBe(2000);
  });

  it("caps at maxMs, even for absurd attempt numbers", () => {
    expect(backoffDelay(20, { random: top })).toBe(899_999);
    expect(backoffDelay(10_000, { random: top, maxMs: 5000 })).toBe(4999);
  });

  it("honours baseMs and treats attempt 0 like attempt 1", () => {
    expect(backoffDelay(0, { baseMs: 200, random: top })).toBe(199);
    expect(backoffDelay(2, { baseMs: 200, random: top })).toBe(399);
  });

  it("stays within bounds with the real random source", () => {
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(4);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(8000);
    }
  });
});

describe("retryDelay", () => {
  const rateLimited = (retryAfterMs: number) =>
    new MailerLiteError({ code: "rate_limited", status: 429, message: "Too Many Attempts.", retryAfterMs });

  it("never waits less than Retry-After", () => {
    expect(retryDelay(rateLimited(30_000), 1, { random: top })).toBe(30_000);
    expect(retryDelay(rateLimited(30_000), 1, { random: bottom })).toBe(30_000);
  });

  it("keeps a longer backoff over a short Retry-After", () => {
    expect(retryDelay(rateLimited(1000), 6, { random: top })).toBe(31_999);
  });

  it("honours Retry-After beyond maxMs", () => {
    expect(retryDelay(rateLimited(120_000), 1, { maxMs: 10_000, random: top })).toBe(120_000);
  });

  it("falls back to backoff for errors without Retry-After", () => {
    const server = new MailerLiteError({ code: "server", status: 503, message: "x" });
    expect(retryDelay(server, 2, { random: top })).toBe(1999);
    expect(retryDelay(new Error("boom"), 2, { random: top })).toBe(1999);
    expect(retryDelay("weird", 2, { random: top })).toBe(1999);
    expect(retryDelay({ retryAfterMs: "soon" }, 2, { random: top })).toBe(1999);
  });
});
