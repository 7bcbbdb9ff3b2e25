-- CreateTable
CREATE TABLE "ClubSettings" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "senderName" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
