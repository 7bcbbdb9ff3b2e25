"use server";

import { redirect } from "next/navigation";
import { confirmWithLink } from "@/lib/data/email-links";
import { clickOrigin } from "@/lib/request/click-origin";
import { formStateFromError } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form-state";
import { confirmSchema } from "@/lib/validation/member";

export async function confirmEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = {
    email: String(formData.get("email") ?? ""),
    token: String(formData.get("token") ?? ""),
    firstName: String(formData.get("firstName") ?? ""),
    lastName: String(formData.get("lastName") ?? ""),
    newsletter: formData.get("newsletter") ?? undefined,
    interests: formData.getAll("interests").map(String),
  };
  const values = { ...raw, newsletter: raw.newsletter !== undefined };
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
