-- AlterTable
ALTER TABLE "User" ADD COLUMN "consentDetail" TEXT;
ALTER TABLE "User" ADD COLUMN "consentIp" TEXT;
ALTER TABLE "User" ADD COLUMN "consentUserAgent" TEXT;
ALTER TABLE "User" ADD COLUMN "consentedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboundMail" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "to" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'link',
    "subject" TEXT,
    "text" TEXT,
    "html" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "leaseUntil" DATETIME
);
INSERT INTO "new_OutboundMail" ("attempts", "createdAt", "html", "id", "lastError", "leaseUntil", "nextAttemptAt", "sentAt", "subject", "text", "to") SELECT "attempts", "createdAt", "html", "id", "lastError", "leaseUntil", "nextAttemptAt", "sentAt", "subject", "text", "to" FROM "OutboundMail";
DROP TABLE "OutboundMail";
ALTER TABLE "new_OutboundMail" RENAME TO "OutboundMail";
CREATE INDEX "OutboundMail_sentAt_nextAttemptAt_idx" ON "OutboundMail"("sentAt", "nextAttemptAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Links are now composed when their mail is sent and never stored: drop the bodies kept so far (they held
-- usable links); unsent mails are composed afresh. Sessions and links are now stored as keyed hashes, so the
-- ones stored before cannot be used any more: members sign in again.
UPDATE "OutboundMail" SET "subject" = NULL, "text" = NULL, "html" = NULL;
DELETE FROM "Session";
DELETE FROM "VerificationToken";
