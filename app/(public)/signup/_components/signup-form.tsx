"use client";

import { FocusFirstError } from "@/components/form/focus-first-error";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { EmailField } from "@/components/form/email-field";
import { FormMessage } from "@/components/form/form-message";
import { HoneypotField } from "@/components/form/honeypot-field";
import { ScriptMarker } from "@/components/form/script-marker";
import { NameFields } from "@/components/form/name-fields";
import { rememberMailedAddressHere } from "@/components/form/remember-mailed-address-here";
import { ReadingChoices } from "@/components/form/reading-choices";
import { Button } from "@/components/ui/button";
import type { InterestOption } from "@/lib/data/interests";
import { idleForm } from "@/lib/validation/form-state";
import { signupAction } from "../actions";

export function SignupForm({ interests }: { interests: InterestOption[] }) {
  const [state, formAction, pending] = useActionState(signupAction, idleForm);
  const router = useRouter();
  useEffect(() => {
    if (state.status !== "sent") return;
    if (typeof state.values?.mailedTo === "string") rememberMailedAddressHere(state.values.mailedTo);
    router.push("/check-email");
  }, [state, router]);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  // Re-mount the fields with what was typed after a failed submission, also without JavaScript.
  const key = JSON.stringify(values);

  return (
    <form action={formAction} className="relative space-y-5" noValidate key={key}>
      <FocusFirstError state={state} />
      <FormMessage message={state.message} />
      <EmailField defaultValue={typeof values.email === "string" ? values.email : ""} errors={errors.email} />
      <NameFields values={values} errors={errors} />
      <ReadingChoices values={values} errors={errors} interests={interests} />
      <HoneypotField />
      <ScriptMarker />
      <Button type="submit" disabled={pending || state.status === "sent"}>
        Sign up
      </Button>
    </form>
  );
}
