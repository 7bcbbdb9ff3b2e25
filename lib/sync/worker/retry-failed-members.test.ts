// @module-tag database
import { afterAll, beforeEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { retryFailedMembers } = await import("./retry-failed-members");
const { retryMember } = await import("./retry-member");

const ADMIN = "admin-retrying";
const later = new Date("2099-01-01T00:00:00Z");
const row = (memberId: string) =>
  db.memberSync.findUniqueOrThrow({
    where: { memberId },
    select: { state: true, attempts: true, lastError: true, nextAttemptAt: true },
  });
// Retrying all failed members reaches every row: the test starts from an empty table.
const clear = async () => {
  await db.memberSync.deleteMany();
  await db.auditEntry.deleteMany({ where: { actorRef: ADMIN } });
};
const audits = (action: string) =>
  db.auditEntry.findMany({ where: { actorRef: ADMIN, action }, select: { subject: true, detail: true } });

describe("retryMember and retryFailedMembers", () => {
  afterAll(clear);
  beforeEach(async () => {
    await clear();
    await db.memberSync.createMany({
      data: [
        {
          memberId: "retry-failed-1",
          state: "failed",
          attempts: 7,
          lastError: "refused",
          nextAttemptAt: later,
        },
        {
          memberId: "retry-failed-2",
          state: "failed",
          attempts: 3,
          lastError: "refused",
          nextAttemptAt: later,
        },
        { memberId: "retry-waiting", state: "pending", attempts: 2, nextAttemptAt: later },
        { memberId: "retry-synced", state: "synced", attempts: 0, nextAttemptAt: later },
      ],
    });
  });

  it("makes one failed or waiting member due now, and leaves a synced one alone", async () => {
    for (const memberId of ["retry-failed-1", "retry-waiting", "retry-synced"])
      await retryMember(memberId, ADMIN);
    for (const memberId of ["retry-failed-1", "retry-waiting"]) {
      expect(await row(memberId)).toMatchObject({ state: "pending", attempts: 0, lastError: null });
      expect((await row(memberId)).nextAttemptAt.getTime()).toBeLessThan(later.getTime());
    }
    expect(await row("retry-failed-2")).toMatchObject({ state: "failed", attempts: 3 });
    expect(await row("retry-synced")).toMatchObject({ state: "synced", nextAttemptAt: later });
    expect((await audits("sync.retried")).map((a) => a.subject).sort()).toEqual([
      "retry-failed-1",
      "retry-waiting",
    ]);
  });

  it("makes every failed member due now and says how many", async () => {
    expect(await retryFailedMembers(ADMIN)).toBe(2);
    for (const memberId of ["retry-failed-1", "retry-failed-2"]) {
      expect(await row(memberId)).toMatchObject({ state: "pending", attempts: 0, lastError: null });
    }
    expect(await row("retry-waiting")).toMatchObject({ attempts: 2, nextAttemptAt: later });
    expect(await audits("sync.retried_all_failed")).toEqual([{ subject: null, detail: "2" }]);
    expect(await retryFailedMembers(ADMIN)).toBe(0);
    expect(await audits("sync.retried_all_failed")).toHaveLength(1);
  });
});
