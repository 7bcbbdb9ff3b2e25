"use server";

import { redirect } from "next/navigation";
import { confirmWithLink } from "@/lib/data/email-links";
import { clickOrigin } from "@/lib/request/click-origin";
import { formStateFromError } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form-state";
import { confirmSchema } from "@/lib/validation/member";
import { memberFormValues } from "@/lib/validation/member-form";

export async function confirmEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { raw, values } = memberFormValues(formData, ["email", "token"]);
  const parsed = confirmSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { email, token, ...choices } = parsed.data;
  let confirmed: boolean;
  try {
    confirmed = await confirmWithLink({ email, token }, choices, await clickOrigin());
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(confirmed ? "/profile" : "/signin?error=Verification");
}
