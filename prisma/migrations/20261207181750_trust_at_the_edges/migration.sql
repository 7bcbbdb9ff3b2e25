-- AlterTable
ALTER TABLE "User" ADD COLUMN "interestsChosenAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "namesChosenAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "newsletterChosenAt" DATETIME;

-- CreateTable
CREATE TABLE "DepartedAddress" (
    "emailHash" TEXT NOT NULL PRIMARY KEY,
    "departedAt" DATETIME NOT NULL,
    "reason" TEXT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReconcileRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestedBy" TEXT,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "phase" TEXT NOT NULL DEFAULT 'groups',
    "cursor" TEXT,
    "pages" INTEGER NOT NULL DEFAULT 0,
    "seen" INTEGER NOT NULL DEFAULT 0,
    "adopted" INTEGER NOT NULL DEFAULT 0,
    "repaired" INTEGER NOT NULL DEFAULT 0,
    "vanished" INTEGER NOT NULL DEFAULT 0,
    "missing" INTEGER NOT NULL DEFAULT 0,
    "unmatched" INTEGER NOT NULL DEFAULT 0,
    "unmatchedNotes" TEXT NOT NULL DEFAULT '',
    "error" TEXT,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME
);
INSERT INTO "new_ReconcileRun" ("adopted", "cursor", "error", "finishedAt", "id", "leaseOwner", "leaseUntil", "pages", "phase", "repaired", "requestedAt", "requestedBy", "seen", "startedAt", "state", "unmatched", "unmatchedNotes", "vanished") SELECT "adopted", "cursor", "error", "finishedAt", "id", "leaseOwner", "leaseUntil", "pages", "phase", "repaired", "requestedAt", "requestedBy", "seen", "startedAt", "state", "unmatched", "unmatchedNotes", "vanished" FROM "ReconcileRun";
DROP TABLE "ReconcileRun";
ALTER TABLE "new_ReconcileRun" RENAME TO "ReconcileRun";
CREATE INDEX "ReconcileRun_state_requestedAt_idx" ON "ReconcileRun"("state", "requestedAt");
CREATE TABLE "new_Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Session" ("expires", "id", "sessionToken", "userId") SELECT "expires", "id", "sessionToken", "userId" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Hand-written: what members already set themselves, from their own audit entries (their confirmation, then
-- /profile), or, without one, their confirmation's consent.
UPDATE "User" SET "namesChosenAt" = c."at"
FROM (SELECT "subject", MAX("createdAt") AS "at" FROM "AuditEntry"
      WHERE "actorKind" = 'member' AND "action" IN ('member.confirmed', 'member.name_changed')
      GROUP BY "subject") AS c
WHERE c."subject" = "User"."id";
UPDATE "User" SET "newsletterChosenAt" = c."at"
FROM (SELECT "subject", MAX("createdAt") AS "at" FROM "AuditEntry"
      WHERE "actorKind" = 'member' AND "action" IN ('member.confirmed', 'member.newsletter_on', 'member.newsletter_off')
      GROUP BY "subject") AS c
WHERE c."subject" = "User"."id";
UPDATE "User" SET "interestsChosenAt" = c."at"
FROM (SELECT "subject", MAX("createdAt") AS "at" FROM "AuditEntry"
      WHERE "actorKind" = 'member' AND "action" IN ('member.confirmed', 'member.interest_added', 'member.interest_removed')
      GROUP BY "subject") AS c
WHERE c."subject" = "User"."id";
UPDATE "User" SET
  "namesChosenAt" = COALESCE("namesChosenAt", "consentedAt"),
  "newsletterChosenAt" = COALESCE("newsletterChosenAt", "consentedAt"),
  "interestsChosenAt" = COALESCE("interestsChosenAt", "consentedAt")
WHERE "consentIp" IS NOT NULL;
