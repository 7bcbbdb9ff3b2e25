import type { z } from "zod";

/** What a form's server action returns to useActionState. */
export type FormState = {
  /** "sent": done, and the page moves on to where a redirect would have taken it (a script-sent form). */
  status: "idle" | "error" | "success" | "sent";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string | string[] | boolean>;
};

export const idleForm: FormState = { status: "idle" };

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
