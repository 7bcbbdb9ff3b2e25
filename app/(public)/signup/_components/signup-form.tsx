"use client";

import { useActionState } from "react";
import { CheckboxField } from "@/components/form/checkbox-field";
import { EmailField } from "@/components/form/email-field";
import { FieldError } from "@/components/form/field-error";
import { FormMessage } from "@/components/form/form-message";
import { HoneypotField } from "@/components/form/honeypot-field";
import { NameFields } from "@/components/form/name-fields";
import { Button } from "@/components/ui/button";
import type { InterestOption } from "@/lib/data/interests";
import { idleForm } from "@/lib/validation/form-state";
import { signupAction } from "../actions";

export function SignupForm({ interests }: { interests: InterestOption[] }) {
  const [state, formAction, pending] = useActionState(signupAction, idleForm);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const chosen = new Set(Array.isArray(values.interests) ? values.interests : []);
  // Re-mount the fields with what was typed after a failed submission, also without JavaScript.
  const key = JSON.stringify(values);

  return (
    <form action={formAction} className="relative space-y-5" noValidate key={key}>
      <FormMessage message={state.message} />
      <EmailField defaultValue={typeof values.email === "string" ? values.email : ""} errors={errors.email} />
      <NameFields values={values} errors={errors} />
      <CheckboxField
        id="newsletter"
        name="newsletter"
        label="Get weekly newsletter"
        defaultChecked={values.newsletter === true}
      />
      {interests.length > 0 && (
        <fieldset aria-describedby={errors.interests ? "interests-error" : undefined}>
          <legend className="text-sm font-medium text-stone-800">What do you like to read?</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {interests.map((interest) => (
              <CheckboxField
                key={interest.id}
                id={`interest-${interest.id}`}
                name="interests"
                value={interest.id}
                label={interest.name}
                defaultChecked={chosen.has(interest.id)}
              />
            ))}
          </div>
          <FieldError id="interests-error" errors={errors.interests} />
        </fieldset>
      )}
      <HoneypotField />
      <Button type="submit" disabled={pending}>
        Sign up
      </Button>
    </form>
  );
}
