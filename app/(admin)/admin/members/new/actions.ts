"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/session";
import { addMemberAsAdmin } from "@/lib/data/admin-add-member";
import { formStateFromError } from "@/lib/validation/action-result";
import { addMemberSchema } from "@/lib/validation/admin-member";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form-state";
import { memberFormValues } from "@/lib/validation/member-form";

export async function addMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const { raw, values } = memberFormValues(formData, ["email"]);
  const consent = formData.get("consent") ?? undefined;
  const formValues = { ...values, consent: consent !== undefined };
  const parsed = addMemberSchema.safeParse({ ...raw, consent });
  if (!parsed.success)
    return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: formValues };
  let id: string;
  try {
    id = await addMemberAsAdmin(parsed.data);
  } catch (error) {
    return formStateFromError(error, formValues);
  }
  revalidatePath("/admin");
  redirect(`/admin/members/${id}?added=1`);
}
