-- CreateIndex
CREATE INDEX "User_emailVerified_updatedAt_idx" ON "User"("emailVerified", "updatedAt");
