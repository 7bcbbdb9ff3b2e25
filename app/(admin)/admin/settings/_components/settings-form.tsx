"use client";

import { FocusFirstError } from "@/components/form/focus-first-error";
import { useActionState } from "react";
import { FormSuccess } from "@/components/form/form-success";
import { TextAreaField } from "@/components/form/text-area-field";
import { TextField } from "@/components/form/text-field";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/validation/form-state";
import { saveSettingsAction } from "../actions";

const text = (value: unknown) => (typeof value === "string" ? value : "");

export function SettingsForm({
  initial,
}: {
  initial: { name: string; description: string; senderName: string };
}) {
  const [state, formAction, pending] = useActionState(saveSettingsAction, {
    status: "idle",
    values: initial,
  } satisfies FormState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-xl space-y-5" noValidate key={JSON.stringify(values)}>
      <FocusFirstError state={state} />
      <TextField
        label="Club name"
        name="name"
        required
        maxLength={130}
        defaultValue={text(values.name)}
        errors={errors.name}
      />
      <TextAreaField
        label="Description (shown on the home page)"
        name="description"
        rows={3}
        maxLength={350}
        defaultValue={text(values.description)}
        errors={errors.description}
      />
      <TextField
        label="Sender name (who the club's mails are from)"
        name="senderName"
        required
        maxLength={130}
        defaultValue={text(values.senderName)}
        errors={errors.senderName}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
        {state.status === "success" && <FormSuccess message={state.message} />}
      </div>
    </form>
  );
}
