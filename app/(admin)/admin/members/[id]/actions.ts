"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/session";
import { sendSignInLinkAsAdmin } from "@/lib/data/admin-member-detail";
import { deleteMemberAsAdmin } from "@/lib/data/admin-members";
import { retryMemberSync } from "@/lib/data/admin-sync";
import { recordIdSchema } from "@/lib/validation/fields";
import type { FormState } from "@/lib/validation/form-state";

export async function sendSignInLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const parsed = recordIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success || !(await sendSignInLinkAsAdmin(parsed.data.id))) {
    return { status: "error", message: "This member no longer exists." };
  }
  revalidatePath(`/admin/members/${parsed.data.id}`);
  return { status: "success", message: "A sign-in link is on its way." };
}

export async function retryMemberSyncAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = recordIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return;
  await retryMemberSync(parsed.data.id);
  revalidatePath(`/admin/members/${parsed.data.id}`);
}

export async function deleteMemberFromDetailAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = recordIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return;
  await deleteMemberAsAdmin(parsed.data.id);
  revalidatePath("/admin");
  redirect("/admin");
}
