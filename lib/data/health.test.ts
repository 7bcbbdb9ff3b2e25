import { describe, expect, it } from "vitest";

describe("databaseIsReachable", () => {
  it("is true for the migrated test database", async () => {
    const { databaseIsReachable } = await import("./health");
    expect(await databaseIsReachable()).toBe(true);
  });

});
