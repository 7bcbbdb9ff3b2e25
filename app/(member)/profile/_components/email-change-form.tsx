"use client";

import { FocusFirstError } from "@/components/form/focus-first-error";
import { useActionState } from "react";
import { FormMessage } from "@/components/form/form-message";
import { FormSuccess } from "@/components/form/form-success";
import { TextField } from "@/components/form/text-field";
import { Button } from "@/components/ui/button";
import { idleForm } from "@/lib/validation/form-state";
import { MAX_EMAIL_LENGTH } from "@/lib/validation/limits";
import { requestEmailChangeAction } from "../actions";

export function EmailChangeForm() {
  const [state, formAction, pending] = useActionState(requestEmailChangeAction, idleForm);
  const typed = state.status === "error" && typeof state.values?.email === "string" ? state.values.email : "";
  return (
    <form action={formAction} className="space-y-4" noValidate key={JSON.stringify(state)}>
      <FocusFirstError state={state} />
      {state.status === "error" && <FormMessage message={state.message} />}
      <TextField
        label="New email address"
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={MAX_EMAIL_LENGTH + 50}
        defaultValue={typed}
        errors={state.fieldErrors?.email}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          Change e-mail
        </Button>
        {state.status === "success" && <FormSuccess message={state.message} />}
      </div>
    </form>
  );
}
