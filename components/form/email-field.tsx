import { MAX_EMAIL_LENGTH } from "@/lib/validation/limits";
import { TextField } from "./text-field";

/** The "Email" textbox of the sign-up and sign-in forms (longer input is let through to get a clear error). */
export function EmailField({ defaultValue, errors }: { defaultValue: string; errors?: string[] }) {
  return (
    <TextField
      label="Email"
      name="email"
      type="email"
      autoComplete="email"
      required
      maxLength={MAX_EMAIL_LENGTH + 50}
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}
