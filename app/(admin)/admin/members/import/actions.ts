"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/session";
import { previewMemberImport, startMemberImport } from "@/lib/data/admin-member-import";
import { recordIdSchema } from "@/lib/validation/fields";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form-state";
import { importMappingSchema } from "@/lib/validation/member-import";

export async function previewImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const count = Number(formData.get("columns") ?? 0);
  const raw = {
    id: String(formData.get("id") ?? ""),
    mapping: Array.from({ length: Math.min(Math.max(count, 0), 1000) }, (_, i) =>
      String(formData.get(`column-${i}`) ?? ""),
    ),
    consent: formData.get("consent") ?? undefined,
    interestsAsked: formData.get("interestsAsked") ?? undefined,
  };
  const parsed = importMappingSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error) };
  const errors = await previewMemberImport(parsed.data);
  if (errors) {
    return {
      status: "error",
      message: errors.form?.[0],
      fieldErrors: errors,
      values: {
        mapping: parsed.data.mapping,
        consent: parsed.data.consent,
        interestsAsked: parsed.data.interestsAsked,
      },
    };
  }
  revalidatePath(`/admin/members/import/${parsed.data.id}`);
  redirect(`/admin/members/import/${parsed.data.id}`);
}

export async function startImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const parsed = recordIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success || !(await startMemberImport(parsed.data.id))) {
    return {
      status: "error",
      message: "This import cannot be started: preview it first, or it has started already.",
    };
  }
  revalidatePath(`/admin/members/import/${parsed.data.id}`);
  redirect(`/admin/members/import/${parsed.data.id}`);
}
