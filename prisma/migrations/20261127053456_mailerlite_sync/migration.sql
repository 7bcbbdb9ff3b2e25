-- AlterTable
ALTER TABLE "Interest" ADD COLUMN "groupId" TEXT;
ALTER TABLE "Interest" ADD COLUMN "groupName" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "mailerliteId" TEXT;

-- CreateTable
CREATE TABLE "MemberSync" (
    "memberId" TEXT NOT NULL PRIMARY KEY,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "subscriberId" TEXT,
    "email" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "syncedVersion" INTEGER NOT NULL DEFAULT 0,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "lastError" TEXT,
    "remoteState" TEXT NOT NULL DEFAULT 'absent',
    "remoteName" TEXT,
    "remoteLastName" TEXT,
    "remoteGroups" TEXT NOT NULL DEFAULT '',
    "verifyAfter" DATETIME,
    "pendingSince" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "syncedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SyncStatus" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "lastSuccessAt" DATETIME,
    "lastErrorAt" DATETIME,
    "lastError" TEXT,
    "pausedReason" TEXT,
    "pausedKeyHash" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "MemberSync_state_nextAttemptAt_idx" ON "MemberSync"("state", "nextAttemptAt");
