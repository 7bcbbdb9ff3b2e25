"use client";

import { FocusFirstError } from "@/components/form/focus-first-error";
import { useActionState } from "react";
import { FormMessage } from "@/components/form/form-message";
import { NameFields } from "@/components/form/name-fields";
import { ReadingChoices } from "@/components/form/reading-choices";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/validation/form-state";
import type { LinkInput, ReadingChoicesInput } from "@/lib/validation/member";
import { confirmEmailAction } from "../actions";

export function ConfirmForm({
  link,
  choices,
  interests,
}: {
  link: LinkInput;
  choices: ReadingChoicesInput;
  interests: { id: string; name: string }[];
}) {
  const initial: FormState = { status: "idle", values: choices };
  const [state, formAction, pending] = useActionState(confirmEmailAction, initial);
  const values = state.values ?? {};
  return (
    <form action={formAction} className="space-y-5" noValidate key={JSON.stringify(values)}>
      <FocusFirstError state={state} />
      <FormMessage message={state.message} />
      <input type="hidden" name="email" value={link.email} />
      <input type="hidden" name="token" value={link.token} />
      <NameFields values={values} errors={state.fieldErrors} />
      <ReadingChoices values={values} errors={state.fieldErrors} interests={interests} />
      <Button type="submit" disabled={pending}>
        Confirm my email
      </Button>
    </form>
  );
}
