// @module-tag database
import { beforeEach, expect, it, vi } from "vitest";

const { db } = await import("@/lib/db");
const { markMemberChanged } = await import("./mark-member-changed");

const row = (memberId: string) => db.memberSync.findUniqueOrThrow({ where: { memberId } });

beforeEach(async () => {
  await db.memberSync.deleteMany({ where: { memberId: { startsWith: "mark-" } } });
  vi.useRealTimers();
});

it("creates the row for a first change, pending since now", async () => {
  vi.useFakeTimers({ now: new Date("2026-03-01T10:00:00Z"), toFake: ["Date"] });
  await markMemberChanged(db, "mark-new");
  expect(await row("mark-new")).toMatchObject({
    version: 1,
    state: "pending",
    attempts: 0,
    deleted: false,
    remoteState: "absent",
    remoteGroups: "",
    pendingSince: new Date("2026-03-01T10:00:00Z"),
    nextAttemptAt: new Date("2026-03-01T10:00:00Z"),
  });
});

it("bumps a settled row's version and makes it pending since now; a pending one keeps its time", async () => {
  await db.memberSync.create({
    data: {
      memberId: "mark-settled",
      version: 4,
      syncedVersion: 4,
      state: "synced",
      pendingSince: new Date("2026-01-01T00:00:00Z"),
    },
  });
  await db.memberSync.create({
    data: {
      memberId: "mark-failing",
      version: 2,
      state: "failed",
      attempts: 5,
      lastError: "MailerLite answered 500",
      pendingSince: new Date("2026-02-01T00:00:00Z"),
    },
  });
  vi.useFakeTimers({ now: new Date("2026-03-01T10:00:00Z"), toFake: ["Date"] });
  await markMemberChanged(db, "mark-settled");
  await markMemberChanged(db, "mark-failing");
  expect(await row("mark-settled")).toMatchObject({
    version: 5,
    syncedVersion: 4,
    state: "pending",
    pendingSince: new Date("2026-03-01T10:00:00Z"),
  });
  expect(await row("mark-failing")).toMatchObject({
    version: 3,
    state: "pending",
    attempts: 0,
    lastError: null,
    pendingSince: new Date("2026-02-01T00:00:00Z"),
    nextAttemptAt: new Date("2026-03-01T10:00:00Z"),
  });
});
