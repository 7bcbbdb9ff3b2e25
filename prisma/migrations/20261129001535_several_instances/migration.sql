-- AlterTable
ALTER TABLE "OutboundMail" ADD COLUMN "leaseOwner" TEXT;

-- CreateTable
CREATE TABLE "LimitKey" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "touchedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ApiRequestSlot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bucket" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WorkerLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "until" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "emailVerified" DATETIME,
    "name" TEXT,
    "image" TEXT,
    "firstName" TEXT NOT NULL DEFAULT '',
    "lastName" TEXT NOT NULL DEFAULT '',
    "newsletter" BOOLEAN NOT NULL DEFAULT false,
    "mailerliteId" TEXT,
    "consentedAt" DATETIME,
    "consentDetail" TEXT,
    "consentIp" TEXT,
    "consentUserAgent" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("consentDetail", "consentIp", "consentUserAgent", "consentedAt", "createdAt", "email", "emailVerified", "firstName", "id", "image", "lastName", "mailerliteId", "name", "newsletter", "updatedAt") SELECT "consentDetail", "consentIp", "consentUserAgent", "consentedAt", "createdAt", "email", "emailVerified", "firstName", "id", "image", "lastName", "mailerliteId", "name", "newsletter", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_createdAt_idx" ON "User"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ApiRequestSlot_bucket_at_idx" ON "ApiRequestSlot"("bucket", "at");
