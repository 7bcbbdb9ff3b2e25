"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { idleForm } from "@/lib/validation/form-state";
import { sendSignInLinkAction } from "../actions";

export function SendLinkButton({ id }: { id: string }) {
  const [state, formAction, pending] = useActionState(sendSignInLinkAction, idleForm);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending || undefined}>
        {pending ? "Sending…" : "Send a sign-in link"}
      </Button>
      <p role="status" className={state.status === "error" ? "text-red-800" : "text-emerald-800"}>
        {state.message ?? ""}
      </p>
    </form>
  );
}
