-- AlterTable
ALTER TABLE "MemberImport" ADD COLUMN "interestsAt" DATETIME;
ALTER TABLE "MemberImport" ADD COLUMN "interestsBy" TEXT;
