"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/session";
import { deleteMemberAsAdmin } from "@/lib/data/members";

const deleteMemberSchema = z.object({ id: z.string().min(1).max(64) });

export async function deleteMemberAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = deleteMemberSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return;
  await deleteMemberAsAdmin(parsed.data.id);
  revalidatePath("/admin");
}
