-- AlterTable
ALTER TABLE "Interest" ADD COLUMN "nameKey" TEXT;

-- Existing names, without case and surrounding spaces; a later one that clashes keeps its id in the key.
UPDATE "Interest" SET "nameKey" = lower(trim("name"));
UPDATE "Interest" SET "nameKey" = "nameKey" || '#' || "id"
WHERE EXISTS (SELECT 1 FROM "Interest" AS "other" WHERE "other"."nameKey" = "Interest"."nameKey" AND "other"."id" < "Interest"."id");

-- CreateIndex
CREATE UNIQUE INDEX "Interest_nameKey_key" ON "Interest"("nameKey");
