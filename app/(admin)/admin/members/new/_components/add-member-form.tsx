"use client";

import { FocusFirstError } from "@/components/form/focus-first-error";
import { useActionState } from "react";
import { CheckboxField } from "@/components/form/checkbox-field";
import { EmailField } from "@/components/form/email-field";
import { FieldError } from "@/components/form/field-error";
import { FormMessage } from "@/components/form/form-message";
import { NameFields } from "@/components/form/name-fields";
import { ReadingChoices } from "@/components/form/reading-choices";
import { Button } from "@/components/ui/button";
import { NEWSLETTER_CONSENT_LABEL } from "@/lib/validation/consent-labels";
import { idleForm } from "@/lib/validation/form-state";
import { addMemberAction } from "../actions";

export function AddMemberForm({ interests }: { interests: { id: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(addMemberAction, idleForm);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} className="max-w-xl space-y-5" noValidate key={JSON.stringify(values)}>
      <FocusFirstError state={state} />
      <FormMessage message={state.message} />
      <EmailField defaultValue={typeof values.email === "string" ? values.email : ""} errors={errors.email} />
      <NameFields values={values} errors={errors} />
      <ReadingChoices
        values={values}
        errors={errors}
        interests={interests}
        legend="Interests"
        afterNewsletter={
          <div className="ml-6" aria-describedby={errors.consent ? "consent-error" : undefined}>
            <CheckboxField
              id="consent"
              name="consent"
              label={NEWSLETTER_CONSENT_LABEL}
              defaultChecked={values.consent === true}
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={errors.consent ? "consent-error" : undefined}
            />
            <FieldError id="consent-error" errors={errors.consent} />
          </div>
        }
      />
      <p className="text-sm text-stone-600">
        They are a member at once, and get a welcome email with a sign-in link. The newsletter box needs their
        agreement: it is recorded with your name and the time.
      </p>
      <Button type="submit" disabled={pending}>
        Add member
      </Button>
    </form>
  );
}
