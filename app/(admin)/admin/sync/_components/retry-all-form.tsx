"use client";

import { useActionState } from "react";
import { FormSuccess } from "@/components/form/form-success";
import { SubmitButton } from "@/components/form/submit-button";
import { idleForm } from "@/lib/validation/form-state";
import { retryAllFailedAction } from "../actions";

export function RetryAllForm({ failed }: { failed: number }) {
  const [state, formAction] = useActionState(retryAllFailedAction, idleForm);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <SubmitButton variant="secondary" pendingLabel="Retrying…" disabled={failed === 0}>
        Retry all failed
      </SubmitButton>
      {state.status === "success" && <FormSuccess message={state.message} />}
    </form>
  );
}
