"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form/form-message";
import { TextField } from "@/components/form/text-field";
import { Button } from "@/components/ui/button";
import { MAX_NAME_LENGTH } from "@/lib/validation/fields";
import type { FormState } from "@/lib/validation/form-state";
import { updateNameAction } from "../actions";

export function NameForm({ firstName, lastName }: { firstName: string; lastName: string }) {
  const initial: FormState = { status: "idle", values: { firstName, lastName } };
  const [state, formAction, pending] = useActionState(updateNameAction, initial);
  const values = state.values ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate key={JSON.stringify(values)}>
      {state.status === "error" && <FormMessage message={state.message} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="First name"
          name="firstName"
          autoComplete="given-name"
          maxLength={MAX_NAME_LENGTH + 50}
          defaultValue={String(values.firstName ?? "")}
          errors={state.fieldErrors?.firstName}
        />
        <TextField
          label="Last name"
          name="lastName"
          autoComplete="family-name"
          maxLength={MAX_NAME_LENGTH + 50}
          defaultValue={String(values.lastName ?? "")}
          errors={state.fieldErrors?.lastName}
        />
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          Save name
        </Button>
        {state.status === "success" && (
          <p role="status" className="text-sm text-emerald-800">
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
