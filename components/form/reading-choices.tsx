import type { ReactNode } from "react";
import type { FormState } from "@/lib/validation/form-state";
import { CheckboxField } from "./checkbox-field";
import { FieldError } from "./field-error";

/** "Get weekly newsletter" and the interest checkboxes, as a member first chooses them. */
export function ReadingChoices({
  values,
  errors,
  interests,
  afterNewsletter,
  legend = "What do you like to read?",
}: {
  values: FormState["values"];
  errors: FormState["fieldErrors"];
  interests: { id: string; name: string }[];
  /** Shown right under the newsletter box (the admin's consent box). */
  afterNewsletter?: ReactNode;
  legend?: string;
}) {
  const chosen = new Set(Array.isArray(values?.interests) ? values.interests : []);
  return (
    <>
      <CheckboxField
        id="newsletter"
        name="newsletter"
        label="Get weekly newsletter"
        defaultChecked={values?.newsletter === true}
      />
      {afterNewsletter}
      {interests.length > 0 && (
        <fieldset aria-describedby={errors?.interests ? "interests-error" : undefined}>
          <legend className="text-sm font-medium text-stone-800">{legend}</legend>
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
          <FieldError id="interests-error" errors={errors?.interests} />
        </fieldset>
      )}
    </>
  );
}
