"use client";

import { FocusFirstError } from "@/components/form/focus-first-error";
import { useActionState } from "react";
import { FormMessage } from "@/components/form/form-message";
import { HoneypotField } from "@/components/form/honeypot-field";
import { EmailField } from "@/components/form/email-field";
import { Button } from "@/components/ui/button";
import { idleForm } from "@/lib/validation/form-state";
import { signinAction } from "../actions";

export function SigninForm() {
  const [state, formAction, pending] = useActionState(signinAction, idleForm);
  const email = typeof state.values?.email === "string" ? state.values.email : "";
  return (
    <form action={formAction} className="relative space-y-5" noValidate key={email}>
      <FocusFirstError state={state} />
      <FormMessage message={state.message} />
      <EmailField defaultValue={email} errors={state.fieldErrors?.email} />
      <HoneypotField />
      <Button type="submit" disabled={pending}>
        Email me a sign-in link
      </Button>
    </form>
  );
}
