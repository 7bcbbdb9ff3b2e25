import { beforeEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { holdLease, releaseLease } = await import("./worker-lease");

describe("worker leases", () => {
  beforeEach(async () => {
    await db.workerLease.deleteMany();
  });

  it("lets one process at a time run a task, until it releases it or its lease runs out", async () => {
    const [a, b] = await Promise.all([holdLease("task", "a", 60_000), holdLease("task", "b", 60_000)]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const holder = a ? "a" : "b";
    const other = a ? "b" : "a";
    expect(await holdLease("task", holder, 60_000)).toBe(true);
    expect(await holdLease("task", other, 60_000)).toBe(false);
    await releaseLease("task", holder);
    expect(await holdLease("task", other, 1)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await holdLease("task", holder, 60_000)).toBe(true);
  });
});
