"use client";

import { FocusFirstError } from "@/components/form/focus-first-error";
import { useActionState } from "react";
import { FormSuccess } from "@/components/form/form-success";
import { TextField } from "@/components/form/text-field";
import { Button } from "@/components/ui/button";
import { idleForm } from "@/lib/validation/form-state";
import { createInterestAction } from "../actions";

export function AddInterestForm() {
  const [state, formAction, pending] = useActionState(createInterestAction, idleForm);
  return (
    <form action={formAction} className="flex flex-wrap items-start gap-3" noValidate key={state.message}>
      <FocusFirstError state={state} />
      <TextField
        label="New interest"
        name="name"
        defaultValue={typeof state.values?.name === "string" ? state.values.name : ""}
        errors={state.fieldErrors?.name}
      />
      <Button type="submit" disabled={pending} className="mt-6">
        Add interest
      </Button>
      {state.status === "success" && <FormSuccess message={state.message} className="mt-8" />}
    </form>
  );
}
