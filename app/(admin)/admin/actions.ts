"use server";

import { revalidatePath } from "next/cache";
import { recordIdSchema } from "@/lib/validation/fields";
import { requireAdmin } from "@/lib/auth/session";
import { deleteMemberAsAdmin } from "@/lib/data/admin-members";

export async function deleteMemberAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = recordIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return;
  await deleteMemberAsAdmin(parsed.data.id);
  revalidatePath("/admin");
}
