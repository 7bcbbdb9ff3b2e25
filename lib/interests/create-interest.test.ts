// @module-tag database
import { beforeEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { createInterest } = await import("./create-interest");

const ADMIN = "admin-of-interests";

describe("createInterest", () => {
  beforeEach(async () => {
    await db.interest.deleteMany({
      where: { id: { notIn: ["seed_true_crime", "seed_romance", "seed_biographies"] } },
    });
  });

  it("answers a double submit of a new interest with one interest and a clear conflict", async () => {
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => createInterest("Poetry", ADMIN)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes.filter((o) => o.status === "rejected")) {
      expect(outcome.reason).toMatchObject({ code: "CONFLICT", field: "name" });
    }
    expect(await db.interest.count({ where: { name: "Poetry" } })).toBe(1);
  });

  it("refuses an interest name that differs only in case, spaces or Unicode form, even submitted at once", async () => {
    for (const name of ["romance", " ROMANCE ", "Ｒomance"]) {
      await expect(createInterest(name, ADMIN)).rejects.toMatchObject({
        code: "CONFLICT",
        message: "There is already an interest called “Romance”",
      });
    }
    const outcomes = await Promise.allSettled([
      createInterest("Poetry", ADMIN),
      createInterest("poetry", ADMIN),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(await db.interest.count({ where: { nameKey: "poetry" } })).toBe(1);
  });
});
