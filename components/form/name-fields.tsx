import { MAX_NAME_LENGTH } from "@/lib/validation/limits";
import type { FormState } from "@/lib/validation/form-state";
import { TextField } from "./text-field";

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** The "First name" and "Last name" textboxes (longer input is let through to get a clear error). */
export function NameFields({
  values,
  errors,
}: {
  values: FormState["values"];
  errors: FormState["fieldErrors"];
}) {
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <TextField
        label="First name"
        name="firstName"
        autoComplete="given-name"
        required
        maxLength={MAX_NAME_LENGTH + 50}
        defaultValue={text(values?.firstName)}
        errors={errors?.firstName}
      />
      <TextField
        label="Last name"
        name="lastName"
        autoComplete="family-name"
        maxLength={MAX_NAME_LENGTH + 50}
        defaultValue={text(values?.lastName)}
        errors={errors?.lastName}
      />
    </div>
  );
}
