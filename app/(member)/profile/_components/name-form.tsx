"use client";

import { FocusFirstError } from "@/components/form/focus-first-error";
import { useActionState } from "react";
import { FormMessage } from "@/components/form/form-message";
import { FormSuccess } from "@/components/form/form-success";
import { NameFields } from "@/components/form/name-fields";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/validation/form-state";
import { updateNameAction } from "../actions";

export function NameForm({ firstName, lastName }: { firstName: string; lastName: string }) {
  const initial: FormState = { status: "idle", values: { firstName, lastName } };
  const [state, formAction, pending] = useActionState(updateNameAction, initial);
  const values = state.values ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate key={JSON.stringify(values)}>
      <FocusFirstError state={state} />
      {state.status === "error" && <FormMessage message={state.message} />}
      <NameFields values={values} errors={state.fieldErrors} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          Save name
        </Button>
        {state.status === "success" && <FormSuccess message={state.message} />}
      </div>
    </form>
  );
}
