"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/lib/auth/session";
import {
  createInterestAsAdmin,
  deleteInterestAsAdmin,
  removeInterestFromEveryoneAsAdmin,
  renameInterestAsAdmin,
  setInterestArchived,
} from "@/lib/data/admin-interests";
import { formStateFromError } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form-state";
import { recordIdSchema } from "@/lib/validation/fields";
import { createInterestSchema, renameInterestSchema } from "@/lib/validation/interest";

export async function createInterestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const raw = { name: String(formData.get("name") ?? "") };
  const parsed = createInterestSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: raw };
  try {
    await createInterestAsAdmin(parsed.data.name);
  } catch (error) {
    return formStateFromError(error, raw);
  }
  revalidatePath("/admin/interests");
  return { status: "success", message: `Added “${parsed.data.name}”.` };
}

export async function renameInterestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const raw = { id: String(formData.get("id") ?? ""), name: String(formData.get("name") ?? "") };
  const parsed = renameInterestSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: raw };
  try {
    await renameInterestAsAdmin(parsed.data.id, parsed.data.name);
  } catch (error) {
    return formStateFromError(error, raw);
  }
  revalidatePath("/admin/interests");
  return { status: "success", message: "Renamed.", values: { name: parsed.data.name } };
}

export async function archiveInterestAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = recordIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return;
  await setInterestArchived(parsed.data.id, formData.get("archived") === "true");
  revalidatePath("/admin/interests");
}

export async function removeInterestFromEveryoneAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  await requireAdmin();
  const parsed = recordIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return { status: "error", message: "That interest no longer exists." };
  let removed: number;
  try {
    removed = await removeInterestFromEveryoneAsAdmin(parsed.data.id);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath("/admin/interests");
  return { status: "success", message: `Removed from ${removed} member${removed === 1 ? "" : "s"}.` };
}

export async function deleteInterestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const parsed = recordIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return { status: "error", message: "That interest no longer exists." };
  try {
    await deleteInterestAsAdmin(parsed.data.id);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath("/admin/interests");
  return { status: "success", message: "Deleted." };
}
