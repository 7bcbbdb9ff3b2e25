import "server-only";
import { backgroundWork } from "@/lib/outbox/background-work";
import { transaction } from "@/lib/transaction";
import { recordMemberChange } from "./record-member-change";
import { searchTextOf } from "./search-text";

/** An address in ADMIN_EMAILS that asked to sign in gets an (unconfirmed) account; the link confirms it. */
export async function createAdminAccount(
  email: string,
): Promise<{ id: string; emailVerified: Date | null; firstName: string }> {
  // A second process creating it meanwhile makes this transaction run again, and find it.
  const admin = await transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email },
      select: { id: true, emailVerified: true, firstName: true },
    });
    if (existing) return existing;
    const created = await tx.user.create({
      data: { email, searchText: searchTextOf({ email }) },
      select: { id: true, emailVerified: true, firstName: true },
    });
    await recordMemberChange(tx, { kind: "system" }, "admin.account_created", created.id);
    return created;
  });
  backgroundWork.wake();
  return admin;
}
