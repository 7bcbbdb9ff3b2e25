import { describe, expect, it } from "vitest";

describe("databaseIsReachable", () => {
  it("is true for the migrated test database", async () => {
    const { databaseIsReachable } = await import("./db-health");
    expect(await databaseIsReachable()).toBe(true);
  });
});
