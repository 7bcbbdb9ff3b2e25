"use server";

import { redirect } from "next/navigation";
import { signUp } from "@/lib/data/sign-up";
import { clientIp } from "@/lib/request/client-ip";
import { rememberMailedAddress } from "@/lib/request/mailed-address";
import { sealMailedAddress } from "@/lib/request/mailed-address-seal";
import { formStateFromError } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form-state";
import { signupSchema } from "@/lib/validation/member";
import { memberFormValues } from "@/lib/validation/member-form";

export async function signupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { raw, values } = memberFormValues(formData, ["email", "website"]);
  if (raw.website) redirect("/check-email");

  const parsed = signupSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await signUp(parsed.data, await clientIp());
  } catch (error) {
    return formStateFromError(error, values);
  }
  // With JavaScript the page keeps the address and goes on to /check-email itself: a redirect from an action
  // that the page's script called makes Next fetch the next page from this very server over HTTP first.
  if (formData.get("via") === "script") {
    return {
      status: "sent",
      values: { email: parsed.data.email, mailedTo: sealMailedAddress(parsed.data.email) },
    };
  }
  await rememberMailedAddress(parsed.data.email);
  redirect("/check-email");
}
