-- AlterTable
ALTER TABLE "MemberSync" ADD COLUMN "remoteEmail" TEXT;

-- AlterTable
ALTER TABLE "OutboundMail" ADD COLUMN "memberId" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "pendingEmail" TEXT;
ALTER TABLE "User" ADD COLUMN "pendingEmailAt" DATETIME;

-- The subscribers synced before addresses could change hold their member's address.
UPDATE "MemberSync" SET "remoteEmail" = (SELECT "email" FROM "User" WHERE "User"."id" = "MemberSync"."memberId")
WHERE "remoteState" = 'present';
