import { z } from "zod";
import { MAX_EMAIL_LENGTH, MAX_NAME_LENGTH } from "./limits";

export const emailField = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(MAX_EMAIL_LENGTH, `Email must be at most ${MAX_EMAIL_LENGTH} characters`)
  .pipe(z.email("Enter a valid email address, like name@example.com"))
  .transform((email) => email.toLowerCase());

// Marks that reorder how text around them is shown (a name could pose as another, or reverse what follows).
const TEXT_DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// Unicode's tag characters draw nothing yet can carry hidden text (U+E0000–U+E007F).
const TAG_CHARACTERS = /[\u{E0000}-\u{E007F}]/u;
// Anything but spaces, format and control characters, combining marks, and letters that draw nothing.
const VISIBLE = /[^\s\p{Z}\p{C}\p{M}\u115F\u1160\u2800\u3164\uFFA0]/u;

/**
 * Text a person types for others to read (names): trimmed, at most `max` characters, with something visible
 * in it, and no control, text-direction or tag characters.
 */
export function shownTextField(label: string, max: number, emptyMessage: string | null) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .refine(
      (value) => VISIBLE.test(value) || (emptyMessage === null && value === ""),
      emptyMessage ?? `${label} must contain letters you can see`,
    )
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), `${label} cannot contain control characters`)
    .refine(
      (value) => !TEXT_DIRECTION_CONTROLS.test(value),
      `${label} cannot contain text-direction control characters`,
    )
    .refine((value) => !TAG_CHARACTERS.test(value), `${label} cannot contain invisible tag characters`);
}

const name = (label: string, required: boolean) =>
  shownTextField(label, MAX_NAME_LENGTH, required ? `Enter your ${label.toLowerCase()}` : null);

export const firstNameField = name("First name", true);
export const lastNameField = name("Last name", false);

/** An HTML checkbox: "on" (or any value) when ticked, absent when not. */
export const checkboxField = z
  .union([z.string(), z.boolean(), z.null()])
  .optional()
  .transform((value) => value === true || (typeof value === "string" && value !== "" && value !== "false"));

/** A record id sent back by a form's hidden field. */
export const recordIdField = z.string().min(1).max(64);
export const recordIdSchema = z.object({ id: recordIdField });
