import { describe, expect, it } from "vitest";
import { isConflict } from "./transaction";

describe("isConflict", () => {
  it("knows the shapes in which another transaction gets in the way", () => {
    expect(isConflict({ code: "P2002" })).toBe(true);
    expect(isConflict({ code: "P2034" })).toBe(true);
    // adapter-pg 6.19: a deadlock has no Prisma code, only the driver's.
    expect(
      isConflict({ message: "deadlock detected", cause: { kind: "postgres", originalCode: "40P01" } }),
    ).toBe(true);
    // better-sqlite3: a busy file, as Prisma wraps it or as the driver throws it.
    expect(
      isConflict({ code: "P1008", meta: { driverAdapterError: { cause: { originalCode: "SQLITE_BUSY" } } } }),
    ).toBe(true);
    expect(isConflict({ code: "SQLITE_BUSY_SNAPSHOT" })).toBe(true);
  });

  it("leaves every other error alone", () => {
    expect(isConflict(new Error("boom"))).toBe(false);
    expect(isConflict({ code: "P2025" })).toBe(false);
    expect(isConflict(null)).toBe(false);
  });
});
