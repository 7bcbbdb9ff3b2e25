"use server";

import { revalidatePath } from "next/cache";
import { recordIdSchema } from "@/lib/validation/fields";
import { requireAdmin } from "@/lib/auth/session";
import { requestReconciliation, retryMemberSync } from "@/lib/data/admin-sync";

export async function retrySyncAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = recordIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return;
  await retryMemberSync(parsed.data.id);
  revalidatePath("/admin/sync");
}

export async function reconcileNowAction(): Promise<void> {
  await requireAdmin();
  await requestReconciliation();
  revalidatePath("/admin/sync");
}
