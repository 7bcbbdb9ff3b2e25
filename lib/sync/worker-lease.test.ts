// @module-tag database
import { beforeEach, describe, expect, it } from "vitest";
import { manualClock } from "@/test/support/manual-clock";

const { db } = await import("@/lib/db");
const { holdLease, releaseLease } = await import("./worker-lease");

describe("worker leases", () => {
  beforeEach(async () => {
    await db.workerLease.deleteMany();
  });

  it("lets one process at a time run a task, until it releases it or its lease runs out", async () => {
    const clock = manualClock();
    const as = (owner: string, ms = 60_000) => ({ owner, now: clock.now(), ms });
    const [a, b] = await Promise.all([holdLease("task", as("a")), holdLease("task", as("b"))]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const holder = a ? "a" : "b";
    const other = a ? "b" : "a";
    expect(await holdLease("task", as(holder))).toBe(true);
    expect(await holdLease("task", as(other))).toBe(false);
    await releaseLease("task", as(holder));
    expect(await holdLease("task", as(other, 1000))).toBe(true);
    await clock.advance(999);
    expect(await holdLease("task", as(holder))).toBe(false);
    await clock.advance(2);
    expect(await holdLease("task", as(holder))).toBe(true);
    expect(await holdLease("task", as(other))).toBe(false);
  });
});
