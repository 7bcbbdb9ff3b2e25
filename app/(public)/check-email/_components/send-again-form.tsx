"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form/form-message";
import { FormSuccess } from "@/components/form/form-success";
import { Button } from "@/components/ui/button";
import { idleForm } from "@/lib/validation/form-state";
import { sendAgainAction } from "../actions";

export function SendAgainForm() {
  const [state, formAction, pending] = useActionState(sendAgainAction, idleForm);
  return (
    <form action={formAction} className="space-y-3">
      {state.status === "error" && <FormMessage message={state.message} />}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Sending…" : "Send it again"}
      </Button>
      {state.status === "success" && <FormSuccess message={state.message} />}
    </form>
  );
}
