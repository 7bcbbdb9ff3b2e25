"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/session";
import { saveClubSettingsAsAdmin } from "@/lib/data/admin-settings";
import { clubSettingsSchema } from "@/lib/validation/club-settings";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form-state";

export async function saveSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const raw = {
    name: String(formData.get("name") ?? ""),
    description: String(formData.get("description") ?? ""),
    senderName: String(formData.get("senderName") ?? ""),
  };
  const parsed = clubSettingsSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: raw };
  await saveClubSettingsAsAdmin(parsed.data);
  revalidatePath("/", "layout");
  return {
    status: "success",
    message: "Saved. The new name shows on every page and in the next mails.",
    values: parsed.data,
  };
}
