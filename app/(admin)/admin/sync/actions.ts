"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/session";
import { retryMemberSync } from "@/lib/data/sync-overview";

const retrySchema = z.object({ id: z.string().min(1).max(64) });

export async function retrySyncAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = retrySchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return;
  await retryMemberSync(parsed.data.id);
  revalidatePath("/admin/sync");
}
