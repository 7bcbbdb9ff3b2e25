"use server";

import { revalidatePath } from "next/cache";
import { recordIdSchema } from "@/lib/validation/fields";
import { requireAdmin } from "@/lib/auth/session";
import {
  getSyncProgress,
  requestReconciliation,
  retryAllFailed,
  retryMemberSync,
  type SyncProgress,
} from "@/lib/data/admin-sync";
import type { FormState } from "@/lib/validation/form-state";

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

export async function retryAllFailedAction(): Promise<FormState> {
  await requireAdmin();
  const count = await retryAllFailed();
  revalidatePath("/admin/sync");
  return {
    status: "success",
    message: count === 0 ? "No member had failed." : `Trying ${count} member${count === 1 ? "" : "s"} again.`,
  };
}

/** What the live panel polls. */
export async function syncProgressAction(): Promise<SyncProgress> {
  return getSyncProgress();
}
