"use server";

import { redirect } from "next/navigation";
import { requestSignIn } from "@/lib/data/request-sign-in";
import { clientIp } from "@/lib/request/client-ip";
import { rememberMailedAddress } from "@/lib/request/mailed-address";
import { formStateFromError } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form-state";
import { signinSchema } from "@/lib/validation/member";

export async function signinAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = { email: String(formData.get("email") ?? ""), website: String(formData.get("website") ?? "") };
  const values = { email: raw.email };
  if (raw.website) redirect("/check-email");

  const parsed = signinSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await requestSignIn(parsed.data.email, await clientIp());
  } catch (error) {
    return formStateFromError(error, values);
  }
  await rememberMailedAddress(parsed.data.email);
  redirect("/check-email");
}
