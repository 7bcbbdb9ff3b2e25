-- AlterTable
ALTER TABLE "User" ADD COLUMN     "interestsChosenAt" TIMESTAMP(3),
ADD COLUMN     "namesChosenAt" TIMESTAMP(3),
ADD COLUMN     "newsletterChosenAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "ReconcileRun" ADD COLUMN     "missing" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "DepartedAddress" (
    "emailHash" TEXT NOT NULL,
    "departedAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "DepartedAddress_pkey" PRIMARY KEY ("emailHash")
);


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
