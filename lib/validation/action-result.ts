import { AppError } from "@/lib/errors";
import type { FormState } from "./form-state";

/** Turns an expected application error into form state; anything else is a bug and is rethrown. */
export function formStateFromError(error: unknown, values?: FormState["values"]): FormState {
  if (error instanceof AppError) {
    return error.field
      ? { status: "error", fieldErrors: { [error.field]: [error.message] }, values }
      : { status: "error", message: error.message, values };
  }
  throw error;
}
