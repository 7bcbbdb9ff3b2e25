-- CreateTable
CREATE TABLE "MemberImport" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "source" TEXT,
    "delimiter" TEXT NOT NULL,
    "columns" TEXT NOT NULL,
    "mapping" TEXT,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "consentBy" TEXT,
    "consentAt" TIMESTAMP(3),
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "previewNew" INTEGER NOT NULL DEFAULT 0,
    "previewUpdated" INTEGER NOT NULL DEFAULT 0,
    "previewSame" INTEGER NOT NULL DEFAULT 0,
    "previewInvalid" INTEGER NOT NULL DEFAULT 0,
    "previewDupes" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "queuedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "error" TEXT,
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMP(3),

    CONSTRAINT "MemberImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberImportRow" (
    "importId" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "newsletter" BOOLEAN,
    "interests" TEXT,
    "preview" TEXT NOT NULL,
    "problem" TEXT,
    "note" TEXT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "outcome" TEXT,

    CONSTRAINT "MemberImportRow_pkey" PRIMARY KEY ("importId","row")
);

-- CreateIndex
CREATE INDEX "MemberImport_state_createdAt_idx" ON "MemberImport"("state", "createdAt");

-- CreateIndex
CREATE INDEX "MemberImportRow_importId_state_idx" ON "MemberImportRow"("importId", "state");

-- AddForeignKey
ALTER TABLE "MemberImportRow" ADD CONSTRAINT "MemberImportRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "MemberImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

