import { describe, expect, it, vi } from "vitest";

const reachable = vi.hoisted(() => ({ value: true }));
vi.mock("@/lib/db-health", () => ({ databaseIsReachable: async () => reachable.value }));

const { GET } = await import("./route");

describe("GET /api/health", () => {
  it("answers 200 with the database reachable", async () => {
    reachable.value = true;
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 with db error when the database cannot be reached", async () => {
    reachable.value = false;
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "error" });
  });
});
