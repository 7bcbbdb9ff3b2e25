-- AlterTable
ALTER TABLE "MemberSync" ADD COLUMN "reconciledAt" DATETIME;
ALTER TABLE "MemberSync" ADD COLUMN "remoteStatus" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "mailerliteStatusAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "newsletterStop" TEXT;
ALTER TABLE "User" ADD COLUMN "newsletterStoppedAt" DATETIME;

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "result" TEXT,
    "processedAt" DATETIME,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME
);

-- CreateTable
CREATE TABLE "WebhookRegistration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "webhookId" TEXT,
    "url" TEXT,
    "secret" TEXT,
    "registeredAt" DATETIME,
    "checkedAt" DATETIME,
    "error" TEXT,
    "deliveries" INTEGER NOT NULL DEFAULT 0,
    "lastDeliveryAt" DATETIME,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "lastRejectedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReconcileRun" (
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
    "unmatched" INTEGER NOT NULL DEFAULT 0,
    "unmatchedNotes" TEXT NOT NULL DEFAULT '',
    "error" TEXT,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME
);

-- CreateIndex
CREATE INDEX "WebhookEvent_state_receivedAt_idx" ON "WebhookEvent"("state", "receivedAt");

-- CreateIndex
CREATE INDEX "ReconcileRun_state_requestedAt_idx" ON "ReconcileRun"("state", "requestedAt");

-- CreateIndex
CREATE INDEX "User_mailerliteId_idx" ON "User"("mailerliteId");
