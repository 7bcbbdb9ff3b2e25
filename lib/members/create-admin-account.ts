import "server-only";
import { backgroundWork } from "@/lib/background/signal";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordMemberChange } from "./record-member-change";

/** An address in ADMIN_EMAILS that asked to sign in gets an (unconfirmed) account; the link confirms it. */
export async function createAdminAccount(email: string): Promise<{ id: string; emailVerified: Date | null }> {
  try {
    const admin = await db.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { email }, select: { id: true, emailVerified: true } });
      await recordMemberChange(tx, { kind: "system" }, "admin.account_created", created.id);
      return created;
    });
    backgroundWork.wake();
    return admin;
  } catch (error) {
    // Another process created it meanwhile.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, emailVerified: true } });
    }
    throw error;
  }
}
