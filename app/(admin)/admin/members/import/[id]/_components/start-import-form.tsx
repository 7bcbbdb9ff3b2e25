"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form/form-message";
import { Button } from "@/components/ui/button";
import { idleForm } from "@/lib/validation/form-state";
import { startImportAction } from "../../actions";

export function StartImportForm({ id, count }: { id: string; count: number }) {
  const [state, formAction, pending] = useActionState(startImportAction, idleForm);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending || count === 0}>
        Import
      </Button>
      <p className="text-sm text-stone-600">
        Imports {count} row{count === 1 ? "" : "s"}; the rows listed above as not importable are left out. It
        runs in the background: you can leave this page.
      </p>
    </form>
  );
}
