-- AlterTable
ALTER TABLE "MemberImport" ADD COLUMN     "interestsAt" TIMESTAMP(3),
ADD COLUMN     "interestsBy" TEXT;

